import { describe, expect, it } from 'vitest';
import { findTimeRefs, isBackchannel, normalize, originalSpan, sentences, vagueTimePhrase } from '../../../../core/language/index.js';

describe('normalize', () => {
  it('lower-cases, straightens quotes, collapses spaces and expands contractions', () => {
    expect(normalize('I  can\u2019t   do that, we\u2019ll see. It\u2019s Sam\u2019s.').text).toBe('i can not do that, we will see. it is sam\'s.');
    expect(normalize("im sorry, ill call u tmrw").text).toBe('i am sorry, i will call you tomorrow');
  });

  it('maps every normalised range back to the original', () => {
    const original = "Well, I can't  do that.";
    const n = normalize(original);
    const at = n.text.indexOf('can not');
    const span = originalSpan(n, at, at + 'can not'.length);
    expect(original.slice(span.start, span.end)).toBe("can't");
    const whole = originalSpan(n, 0, n.text.length);
    expect(original.slice(whole.start, whole.end)).toBe(original);
  });

  it('splits sentences at stops followed by a space, not inside numbers', () => {
    expect(sentences('it costs 25.99 a month. is that right? yes').map((s) => s.text)).toEqual(['it costs 25.99 a month.', 'is that right?', 'yes']);
  });
});

describe('time references', () => {
  it.each([
    ["I'll call you back by 4 pm today.", ['4 pm', 'today']],
    ['You will see it within three to five business days.', ['within three to five business days']],
    ['We can come on Thursday morning.', ['on Thursday']],
    ['By end of day tomorrow.', ['end of day', 'tomorrow']],
    ['It shipped on the 14th.', ['the 14th']],
    ['The engineer sat on the porch.', []],
    ['May I take your name?', []],
  ] as const)('%s', (text, expected) => {
    const refs = findTimeRefs(text).map((r) => r.phrase);
    for (const e of expected) expect(refs.some((r) => r.includes(e) || e.includes(r)), `${e} in ${refs.join('|')}`).toBe(true);
    if (expected.length === 0) expect(refs).toEqual([]);
  });

  it('finds vague time words', () => {
    expect(vagueTimePhrase("I'll call you as soon as possible")?.phrase).toBe('as soon as possible');
    expect(vagueTimePhrase("I'll call you at 4")).toBeNull();
  });
});

describe('backchannel', () => {
  it.each([
    ['Mm-hm.', true],
    ["Go on, I'm listening.", true],
    ['Take your time.', true],
    ['Okay.', true],
    ['Oh no, I see.', true],
    ['When did you order it?', false],
    ['Okay?', false],
    ["I'll refund it today.", false],
    ['', false],
  ] as const)('%s -> %s', (text, expected) => {
    expect(isBackchannel(text)).toBe(expected);
  });
});
