import { z } from 'zod';

export const CLOSING_ITEM_IDS = ['anything_else', 'make_it_right', 'next_steps', 'case_number', 'commitments', 'thanked'] as const;
export const ClosingItemId = z.enum(CLOSING_ITEM_IDS);
export type ClosingItemId = z.infer<typeof ClosingItemId>;

export type ClosingItem = {
  id: ClosingItemId;
  label: string;
  /** What to say, for a rep who blanks at the end of a long call. */
  say: string;
  /** A letter, so it never clashes with the script steps' digits (the UI adds its modifier). */
  key: string;
  /**
   * 'caller_unhappy': only needed while the caller's last recorded mood is not calm
   * (DOMAIN.md: "If the caller is still unhappy, ask what would make it right").
   */
  requiredWhen: 'always' | 'caller_unhappy';
  /** Script steps that already did this, so a rep never ticks the same thing twice. */
  satisfiedBySteps: readonly string[];
};

/** The closing checklist, in the order a rep says it (DOMAIN.md, "Closing"). */
export const CLOSING_ITEMS: readonly ClosingItem[] = [
  {
    id: 'anything_else',
    label: 'Asked "anything else?"',
    say: 'Have I addressed all your concerns? Is there anything else I can help with?',
    key: 'a',
    requiredWhen: 'always',
    satisfiedBySteps: [],
  },
  {
    id: 'make_it_right',
    label: 'Still unhappy: asked what would make it right',
    say: 'What would make this right for you?',
    key: 'w',
    requiredWhen: 'caller_unhappy',
    satisfiedBySteps: [],
  },
  {
    id: 'next_steps',
    label: 'Recapped next steps and who does what',
    say: "So, to recap: I'll ..., and you'll ...",
    key: 'r',
    requiredWhen: 'always',
    satisfiedBySteps: [],
  },
  {
    id: 'case_number',
    label: 'Gave the case number',
    say: 'Your case number is ...; shall I spell it?',
    key: 'c',
    requiredWhen: 'always',
    satisfiedBySteps: [],
  },
  {
    id: 'commitments',
    label: 'Every promise recorded, with an owner and a due time',
    say: "I'll call you back by ... with an update, even if it's not solved yet.",
    key: 'p',
    requiredWhen: 'always',
    satisfiedBySteps: [],
  },
  {
    id: 'thanked',
    label: 'Thanked the caller',
    say: 'Thank you for calling, and for your patience.',
    key: 't',
    requiredWhen: 'always',
    // LAST ends with Thank: ticking it there is the same act.
    satisfiedBySteps: ['thank'],
  },
];

export function closingItem(id: ClosingItemId): ClosingItem {
  const item = CLOSING_ITEMS.find((i) => i.id === id);
  if (!item) throw new Error(`Unknown closing item ${id}`); // unreachable: ids are an enum over this list
  return item;
}
