import { describe, expect, it } from 'vitest';
import { debrief } from '../../../../core/practice/index.js';
import { call, throughStory } from './helpers.js';

describe('the angry caller whose callback never came (broadband-third-outage)', () => {
  it('greeted, heard out, apologised to, asked the right questions, held with permission and checked in on, and promised a dated fix: resolved and calm', () => {
    const c = call('broadband-third-outage');
    expect(c.state.mood).toBe(74);
    throughStory(c);
    expect(c.state.phase).toBe('dialogue');
    expect(c.state.found).toMatchObject({ when: 'told', promise: 'told' });
    c.say("I'm so sorry nobody called you back, that's on us.");
    c.say("I can only imagine how stressful that's been, with your work calls.");
    c.say('So the connection drops every evening, and the callback you were promised never came.');
    const devices = c.say('Does it drop on every device, or just the laptop?');
    expect(devices.map((l) => l.source)).toContain('fact');
    c.say('What do the lights on the router show when it drops?');
    c.say('May I place you on a brief hold while I check with the network team?');
    expect(c.emits).toContainEqual({ type: 'hold.permission_answered', granted: true });
    c.event('hold.started');
    c.event('hold.checkin_done', 25_000);
    c.event('hold.ended', 20_000);
    const last = c.say("Thank you for holding. I've escalated this to our senior network engineers and I'll call you myself tomorrow by 4 pm with their plan.");
    expect(c.state.ending).toBe('resolved_calm');
    expect(last.at(-1)?.source).toBe('ending');
    expect(c.emits.at(-1)).toEqual({ type: 'caller.ended', ending: 'resolved_calm' });
    const d = debrief(c.sc, c.state);
    expect(d.habits.missed).toEqual([]);
    expect(d.facts.missed).toEqual([]);
    expect(d.mood.end).toBeLessThanOrEqual(35);
  });

  it('the same call with the hold taken without asking ends worse', () => {
    const run = (ask: boolean) => {
      const c = call('broadband-third-outage');
      throughStory(c);
      c.say("I'm so sorry nobody called you back, that's on us.");
      c.say('Does it drop on every device, or just the laptop?');
      if (ask) c.say('May I place you on a brief hold while I check?');
      c.event('hold.started');
      c.event('hold.ended', 20_000);
      return c;
    };
    const asked = run(true);
    const notAsked = run(false);
    expect(notAsked.state.mood).toBeGreaterThan(asked.state.mood + 15);
    expect(notAsked.state.hold.withoutPermission).toBe(1);
    expect(notAsked.lines.at(-1)?.source).toBe('hold_no_permission');
    expect(notAsked.state.curve.some((p) => p.cause === 'hold_without_permission')).toBe(true);
    expect(debrief(notAsked.sc, notAsked.state).habits.missed).toContain('asked_permission');
  });

  it('interrupting the story annoys the caller and the story does not move on', () => {
    const c = call('broadband-third-outage');
    c.say('Thank you for calling Brightwave, this is Sam.');
    const told = c.state.partsTold;
    const before = c.state.mood;
    const reply = c.say("What's your account number?");
    expect(reply[0]?.source).toBe('interrupted');
    expect(c.state.partsTold).toBe(told);
    expect(c.state.mood).toBeGreaterThan(before);
    expect(c.state.interruptions).toBe(1);
  });

  it('asking what the caller already told is a repeat, and costs', () => {
    const c = call('broadband-third-outage');
    throughStory(c);
    const before = c.state.mood;
    const reply = c.say('What were you promised last time?');
    expect(reply.map((l) => l.source)).toContain('repeat_question');
    expect(c.state.mood).toBeGreaterThan(before);
  });

  it('a vague promise to a caller let down before makes it worse; a dated one calms', () => {
    const c = call('broadband-third-outage');
    throughStory(c);
    c.say('Does it drop on every device?');
    c.say('What do the router lights do when it drops?');
    const before = c.state.mood;
    const vague = c.say("I'll get the network team to call you as soon as possible.");
    expect(vague.map((l) => l.source)).toContain('undated_promise');
    expect(c.state.mood).toBeGreaterThan(before);
    const mid = c.state.mood;
    c.say("I'll get the network team to call you tomorrow by 4 pm.");
    expect(c.state.mood).toBeLessThan(mid);
    expect(c.state.offers.ready).toBe(true);
  });

  it('blame drives the caller to demand a manager', () => {
    const c = call('broadband-third-outage');
    throughStory(c);
    for (let i = 0; i < 4 && c.state.phase !== 'ended'; i++) c.say('You should have called us sooner.');
    expect(c.state.ending).toBe('escalation_demanded');
  });
});

describe('time', () => {
  it('dead air while the caller waits is a long silence; time on hold wears patience down', () => {
    const c = call('parcel-marked-delivered');
    throughStory(c);
    const before = { mood: c.state.mood, patience: c.state.patience };
    const lines = c.input((at) => ({ type: 'tick', at }), 60_000);
    expect(lines.map((l) => l.source)).toContain('silence');
    expect(c.state.mood).toBeGreaterThan(before.mood);
    // At most three silences are charged at once.
    expect(c.state.uses.silence).toBe(3);

    const held = call('smart-meter-lonely');
    throughStory(held);
    held.say('May I place you on a brief hold?');
    held.event('hold.started');
    const p = held.state.patience;
    held.input((at) => ({ type: 'tick', at }), 95_000);
    expect(held.state.patience).toBe(p - 3);
    expect(held.lines.at(-1)?.source).not.toBe('silence');
  });

  it('a missed check-in costs, and the caller says so when the rep comes back', () => {
    const c = call('smart-meter-lonely');
    throughStory(c);
    c.say('Would it be alright if I put you on a brief hold?');
    c.event('hold.started');
    const before = c.state.mood;
    c.event('hold.checkin_missed', 45_000);
    expect(c.state.mood).toBeGreaterThan(before);
    const back = c.event('hold.ended');
    expect(back[0]?.source).toBe('checkin_missed');
  });
});

describe('personas', () => {
  it('demanding: an offer other than the one asked for is refused and makes it worse', () => {
    const c = call('hotel-refund-demanding');
    throughStory(c);
    c.say("What's your booking reference?");
    c.say('Which dates did you stay?');
    const before = c.state.mood;
    const reply = c.say("I'll send you a voucher for 30% off your next stay by Friday.");
    expect(reply.map((l) => l.source)).toContain('wrong_offer');
    expect(c.state.mood).toBeGreaterThan(before);
  });

  it('indecisive: wavers at the first good offer and agrees at the second', () => {
    const c = call('phone-upgrade-indecisive');
    throughStory(c);
    c.say('How much data do you use in a month?');
    c.say("What's wrong with the phone at the moment, is it the battery?");
    c.say("What's your budget each month?");
    const first = c.say("I'll switch you to the SIM-only plan at $30 from the 14th, and book the battery repair for Saturday.");
    expect(first.map((l) => l.source)).toContain('waver');
    expect(c.state.phase).toBe('dialogue');
    c.say("I really think the SIM-only plan is right for you: I'll switch it on the 14th and you'll save $12 a month.");
    expect(c.state.ending).toBe('resolved_calm');
  });

  it('talkative: drifts off-topic, and working on the problem brings them back', () => {
    let drifted = null;
    for (let seed = 1; seed < 40 && drifted === null; seed++) {
      const c = call('garden-plugs-talkative', seed);
      throughStory(c);
      c.say('Oh, that sounds lovely.');
      if (c.state.offTopic) drifted = c;
    }
    expect(drifted).not.toBeNull();
    const c = drifted!;
    const chat = c.say('How lovely.');
    expect(chat.at(-1)?.source).toBe('offtopic');
    c.say('So that I can get your sweet peas sorted, what is the order number on the slip?');
    expect(c.state.offTopic).toBe(false);
    expect(c.state.found.order).toBe('asked');
    expect(c.state.curve.some((p) => p.cause === 'back_on_track')).toBe(true);
  });

  it('lonely: never demands a manager (no such ending), and kindness goes a long way', () => {
    const c = call('smart-meter-lonely');
    expect(c.sc.endings).toEqual(['resolved_calm', 'hung_up']);
    throughStory(c);
    for (let i = 0; i < 8 && c.state.phase !== 'ended'; i++) c.say('You should have read the letter properly.');
    expect(c.state.ending).not.toBe('escalation_demanded');
    const kind = call('smart-meter-lonely');
    throughStory(kind);
    const before = kind.state.mood;
    kind.say("I'm so sorry about Arthur. That must be so hard.");
    expect(before - kind.state.mood).toBeGreaterThanOrEqual(10);
  });

  it('intimidating: a calm warning works better than giving in', () => {
    const c = call('energy-estimated-bill');
    throughStory(c);
    const before = c.state.mood;
    const reply = c.event('abuse.warned');
    expect(reply[0]?.source).toBe('abuse_warned');
    expect(c.state.mood).toBeLessThan(before);
  });

  it('simply wrong: telling him he is wrong costs far more than it would cost a default caller', () => {
    const c = call('card-hold-simply-wrong');
    throughStory(c);
    const before = c.state.mood;
    c.say("You're wrong, one of them is just a pre-auth.");
    expect(c.state.mood - before).toBeGreaterThanOrEqual(24 + 7);
  });
});

describe('the trainee ends it, or offers a supervisor', () => {
  it('call.ended by the trainee stops the caller; inputs after the end change nothing', () => {
    const c = call('parcel-marked-delivered');
    throughStory(c);
    c.event('call.ended');
    expect(c.state).toMatchObject({ phase: 'ended', endedBy: 'trainee', ending: null });
    const frozen = c.state;
    expect(c.say('Hello?')).toEqual([]);
    expect(c.state).toBe(frozen);
  });

  it('a supervisor offered to a furious caller is accepted; to a calm one, declined', () => {
    const hot = call('insurance-claim-courtesy-car');
    throughStory(hot);
    hot.event('supervisor.offered');
    expect(hot.state.ending).toBe('escalation_demanded');
    const calm = call('garden-plugs-talkative');
    throughStory(calm);
    expect(calm.event('supervisor.offered')[0]?.source).toBe('supervisor_declined');
    expect(calm.state.phase).not.toBe('ended');
  });

  it('a commitment recorded right after the promise said aloud is the same promise', () => {
    const c = call('phone-upgrade-indecisive');
    throughStory(c);
    c.say('How much data do you use in a month?');
    c.say('Is the battery the problem with the phone?');
    c.say("What's your budget each month?");
    c.say("I'll switch you to the SIM-only plan from the 14th.");
    expect(c.state.offers.accepted).toBe(1);
    c.input((at) => ({ type: 'commitment.made', at, dueAt: at + 86_400_000, description: 'Switch to SIM-only plan on the 14th' }));
    expect(c.state.offers.accepted).toBe(1);
    c.input((at) => ({ type: 'commitment.made', at, dueAt: at + 86_400_000, description: 'Switch to the SIM-only plan on the 14th' }), 30_000);
    expect(c.state.offers.accepted).toBe(2);
  });
});
