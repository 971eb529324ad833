import type { ScriptDefinition } from './schema.js';

/** LAST: the shorter method, for calmer calls. */
export const LAST_SCRIPT: ScriptDefinition = {
  id: 'last',
  name: 'LAST',
  description: 'Listen, Apologize, Solve, Thank: for calmer calls.',
  steps: [
    {
      id: 'listen',
      title: 'Listen',
      prompt: 'Let the caller explain without interrupting. Take notes.',
      examples: ['Please tell me what happened.', "I'm noting this down as you go.", 'Is there anything else about it I should know?'],
      key: 1,
      wrapUp: false,
    },
    {
      id: 'apologize',
      title: 'Apologize',
      prompt: 'Apologize for the trouble, sincerely and briefly.',
      examples: ["I'm sorry about this.", "I'm sorry you had to spend your afternoon on this."],
      key: 2,
      wrapUp: false,
    },
    {
      // "resolve": the same act as HEARD's Resolve.
      id: 'resolve',
      title: 'Solve',
      prompt: 'Say what you can do, and do it. Positive language: what you can, not what you cannot.',
      examples: [
        "Here's what I can do for you now.",
        'That model is back in stock next month; I can place the order now.',
        "I've sent the replacement; it will arrive by Thursday.",
      ],
      key: 3,
      wrapUp: false,
    },
    {
      id: 'thank',
      title: 'Thank',
      prompt: 'Thank the caller for calling and for their patience.',
      examples: ['Thank you for calling and letting us know.', 'Thank you for your patience with this.'],
      key: 4,
      wrapUp: false,
    },
  ],
};
