// What the rep says at each moment of a hold (DOMAIN.md, "Holds"), shown beside the prompts.
export const HOLD_PHRASES = {
  ask: 'May I place you on a brief hold while I look into this?',
  checkin: "Sorry for the delay, I'm still researching; may I keep you on hold?",
  resume: 'Thank you for holding.',
  callback: 'Rather than keep you waiting, may I call you back? I can call you by ...',
} as const;
