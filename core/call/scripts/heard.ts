import type { ScriptDefinition } from './schema.js';

/** HEARD, as a large theme-park company teaches it (DOMAIN.md, "De-escalation methods"). */
export const HEARD_SCRIPT: ScriptDefinition = {
  id: 'heard',
  name: 'HEARD',
  description: 'Hear, Empathize, Apologize, Resolve, then Diagnose after the call.',
  steps: [
    {
      // "listen", not "hear": the same act as LAST's Listen, so a method switch keeps it done.
      id: 'listen',
      title: 'Hear',
      prompt: 'Let the caller tell the whole story without interrupting. Take notes while they talk.',
      examples: [
        'Please tell me what happened; take your time.',
        "I'm writing this down so you won't have to repeat it.",
        'Go on, what happened next?',
      ],
      key: 1,
      wrapUp: false,
    },
    {
      id: 'empathize',
      title: 'Empathize',
      prompt: 'Show you understand how they feel. Name the feeling.',
      examples: [
        "I'd be frustrated too.",
        'I can hear how upsetting this has been.',
        'That sounds really stressful, especially after waiting all week.',
      ],
      key: 2,
      wrapUp: false,
    },
    {
      id: 'apologize',
      title: 'Apologize',
      prompt: 'Apologize sincerely for how they feel and what happened. It is not an admission of fault.',
      examples: [
        "I'm sorry this happened.",
        "I'm truly sorry for the trouble this has caused you.",
        'I apologize that you had to call us about this.',
      ],
      key: 3,
      wrapUp: false,
    },
    {
      id: 'resolve',
      title: 'Resolve',
      prompt: 'Fix it now, or get it fixed. Ask what would make it right; say what you can do.',
      examples: [
        'What can I do to make this right for you?',
        "Here's what I can do right now.",
        "I'll handle this myself and call you back by 3 pm with an update.",
      ],
      key: 4,
      wrapUp: false,
    },
    {
      id: 'diagnose',
      title: 'Diagnose',
      prompt: 'After the call: pick the root cause and note why it happened, without blame, so the process gets fixed.',
      examples: [
        'Root cause: courier marked the parcel delivered before scanning it.',
        'Root cause: the refund policy page still shows last year\'s terms.',
      ],
      key: 5,
      wrapUp: true,
    },
  ],
};
