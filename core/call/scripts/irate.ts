import type { ScriptDefinition } from './schema.js';

/** The irate-caller sequence some teams train (DOMAIN.md). */
export const IRATE_SCRIPT: ScriptDefinition = {
  id: 'irate',
  name: 'Irate caller',
  description: 'For an angry caller: stay calm, listen, empathize, restate, no blame, resolve.',
  steps: [
    {
      id: 'self_control',
      title: 'Control yourself',
      prompt: 'Breathe. It is not personal. Keep your voice low, slow and even.',
      examples: ['(to yourself) This is about the problem, not about me.', "I'm here to help you with this."],
      key: 1,
      wrapUp: false,
    },
    {
      id: 'listen',
      title: 'Listen',
      prompt: 'Let them vent without interrupting. Take notes so nobody asks again.',
      examples: ['Please go on; I want to get all of this.', "I'm writing this down as you speak."],
      key: 2,
      wrapUp: false,
    },
    {
      id: 'empathize',
      title: 'Empathize',
      prompt: 'Acknowledge the feeling before the facts.',
      examples: ["I can tell you're upset, and I understand why.", 'Anyone would be angry after being let down twice.'],
      key: 3,
      wrapUp: false,
    },
    {
      id: 'restate',
      title: 'Identify and restate',
      prompt: 'Restate the problem in your own words. Ask factual questions: when was it ordered, what was promised?',
      examples: [
        'So the order you placed on the 3rd still has not arrived, and you were promised it by Friday?',
        'When did you place the order?',
        'What were you told when you called before?',
      ],
      key: 4,
      wrapUp: false,
    },
    {
      id: 'no_blame',
      title: "Don't blame",
      prompt: 'Blame no one, the caller least of all. Talk about what happens next.',
      examples: ["Let's get this sorted out.", "Here's what I'm going to do now."],
      key: 5,
      wrapUp: false,
    },
    {
      id: 'resolve',
      title: 'Resolve',
      prompt: 'Fix it. If it takes longer, say exactly when you will call back, and then do it.',
      examples: [
        'I can fix this right now.',
        "This needs some research; I'll call you back by 4 pm today either way.",
        "You'll hear from me tomorrow before noon with an update.",
      ],
      key: 6,
      wrapUp: false,
    },
  ],
};
