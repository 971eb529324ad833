// Keyboard movement in a list (search results, the customer picker). Pure so the rules are
// tested once: arrows wrap around (the last item is one key from the first), and digits
// 1-9 pick directly, only among items that exist.

/** The next active index after moving by `delta`; -1 when the list is empty. */
export function moveIndex(current: number, delta: number, length: number): number {
  if (length <= 0) return -1;
  if (current < 0 || current >= length) return delta >= 0 ? 0 : length - 1;
  return (((current + delta) % length) + length) % length;
}

/** The index for a digit key "1".."9", or null when it is not a digit or past the list. */
export function digitIndex(key: string, length: number): number | null {
  if (!/^[1-9]$/.test(key)) return null;
  const index = Number(key) - 1;
  return index < length ? index : null;
}
