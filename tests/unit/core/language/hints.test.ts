import { describe, expect, it } from 'vitest';
import { hints } from '../../../../core/language/index.js';

describe('positive-language hints', () => {
  it('rewrites "can\'t ... until" into when it will happen and what can be done now', () => {
    const [h] = hints("I can't do that until next month.");
    expect(h).toMatchObject({ rule: 'cant_until', kind: 'negative', phrase: "I can't do that until next month" });
    expect(h!.rewrite).toBe('I can do that next month, and I can set that up for you right now.');
    const [monday] = hints("I won't be able to get a technician out until Monday");
    expect(monday!.rewrite).toBe('I can get a technician out on Monday, and I can set that up for you right now.');
  });

  it.each([
    ['You should have called us sooner.', 'you_should_have', 'blame', 'You should have'],
    ["That's our policy.", 'policy', 'negative', "That's our policy"],
    ["There's nothing I can do.", 'nothing_i_can_do', 'negative', "There's nothing I can do"],
    ['Calm down, sir.', 'calm_down', 'negative', 'Calm down'],
    ["I don't know.", 'do_not_know', 'negative', "I don't know"],
    ["That's not my department.", 'not_my_department', 'negative', 'not my department'],
    ["I'm sorry you feel that way.", 'non_apology', 'negative', 'sorry you feel that way'],
    ["You're wrong, the contract says 24 months.", 'caller_is_wrong', 'blame', "You're wrong"],
    ['The courier messed up, not us.', 'someone_else', 'blame', 'The courier messed up'],
    ["I'll call you back as soon as possible.", 'vague_time', 'vague_promise', "I'll call you back as soon as possible"],
    ['Like I said, it takes ten days.', 'as_i_said', 'negative', 'Like I said'],
  ] as const)('%s -> %s', (text, rule, kind, phrase) => {
    const found = hints(text);
    expect(found[0]).toMatchObject({ rule, kind, phrase });
    expect(found[0]!.rewrite.length).toBeGreaterThan(10);
    expect(found[0]!.why.length).toBeGreaterThan(10);
    // The span is where the phrase is.
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(phrase);
  });

  it('reuses the words of the match where it can', () => {
    expect(hints("You'll have to call the billing team.")[0]!.rewrite).toBe(
      'The quickest way is to call the billing team; I’ll stay with you while you do, or I can do it for you.',
    );
    expect(hints("The earliest I can do is the 20th, I'm afraid.")[0]!.rewrite).toBe('I can book you in for the 20th; shall I lock that in now?');
    expect(hints('Not until the 15th, no.')[0]!.rewrite).toBe('That will be ready on the 15th; shall I set it up now?');
  });

  it('offers plain words for jargon', () => {
    const [h] = hints("I'll raise an RMA today.");
    expect(h).toMatchObject({ rule: 'jargon.rma', kind: 'jargon', phrase: 'RMA' });
    expect(h!.rewrite).toContain('return number');
    expect(hints('Your BAN is on the bill.')[0]?.rule).toBe('jargon.ban');
    expect(hints("We'll ban nobody.").some((x) => x.kind === 'jargon')).toBe(false);
  });

  it('says nothing about positive or warm phrasing', () => {
    for (const text of [
      "I can't thank you enough.",
      'No problem at all.',
      "I can't imagine how stressful that was.",
      "I'll call you back by 4 pm today.",
      "You don't need to do anything else.",
      'All you need to do is tap the link.',
      "It's not your fault.",
      'What I can do is send a replacement today.',
    ]) {
      expect(hints(text), text).toEqual([]);
    }
  });

  it('gives one hint per rule and never two for overlapping words, in reading order', () => {
    const found = hints("Unfortunately that's our policy, and you should have read the terms.");
    expect(found.map((h) => h.rule)).toEqual(['unfortunately', 'policy', 'you_should_have']);
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
  });
});
