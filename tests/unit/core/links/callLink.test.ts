import { describe, expect, it } from 'vitest';
import { callFromArgv, parseCallLink } from '../../../../core/links/callLink.js';

describe('parseCallLink', () => {
  it.each([
    ['heard://call?number=%2B14155552671', '+14155552671'],
    ['heard://call?number=+14155552671', '+14155552671'],
    ['heard://call/?number=(415)%20555-2671&from=softphone', '(415) 555-2671'],
    ['heard:call?number=4155552671', '4155552671'],
    ['HEARD://CALL?number=4155552671', '4155552671'],
    ['tel:+1-415-555-2671', '+1-415-555-2671'],
    ['tel:+1-415-555-2671;ext=12', '+1-415-555-2671'],
    ['TEL:4155552671', '4155552671'],
  ])('reads the number in %s', (url, number) => {
    expect(parseCallLink(url)).toEqual({ ok: true, number });
  });

  it.each([
    ['https://example.com/?number=1'],
    ['heard://settings?number=1'],
    ['heard://call'],
    ['tel:'],
    ['javascript:alert(1)'],
  ])('refuses %s', (url) => {
    const result = parseCallLink(url);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('BAD_INPUT');
  });
});

describe('callFromArgv', () => {
  it('finds --call in its two spellings and links passed by the OS', () => {
    expect(callFromArgv(['/app', '--call', '415 555 2671'])).toEqual({ number: '415 555 2671', source: 'argv' });
    expect(callFromArgv(['/app', '--call=+14155552671'])).toEqual({ number: '+14155552671', source: 'argv' });
    expect(callFromArgv(['/app', 'tel:+14155552671'])).toEqual({ number: '+14155552671', source: 'link' });
    expect(callFromArgv(['/app', '--inspect'])).toBeNull();
  });
});
