import type { Criterion, Scorecard } from './schema.js';

// The scorecard Heard ships, built from DOMAIN.md's "What a QA supervisor grades". Weights
// favour what the caller feels most (being understood, an accurate fix) over ritual
// (a greeting, a thank-you), and sum to 100. The criteria the log can answer name their
// automatic check; the rest (listening, accuracy, tone, note quality) are the supervisor's.

type Draft = Pick<Criterion, 'id' | 'label' | 'weight' | 'scale'> & Partial<Criterion>;

const c = (d: Draft): Criterion => ({ description: '', naAllowed: false, critical: 'none', auto: null, ...d });

export const DEFAULT_SCORECARD: Scorecard = {
  id: 'heard-default',
  version: 1,
  name: 'Heard default',
  description: 'The common criteria of a customer-call scorecard; prefilled from the call log where the log can tell.',
  sections: [
    {
      id: 'opening',
      title: 'Opening',
      criteria: [
        c({ id: 'greeting', label: 'Greeting: company, own name, offer to help', weight: 3, scale: 'yes_no', auto: 'greeting' }),
        c({
          id: 'verification',
          label: 'Verified the caller before discussing the account',
          description: 'Compliance: discussing an account with an unverified caller fails the whole call.',
          weight: 3,
          scale: 'yes_no',
          critical: 'fail_all',
        }),
      ],
    },
    {
      id: 'understanding',
      title: 'Listening and understanding',
      criteria: [
        c({ id: 'listening', label: 'Listened without interrupting', weight: 6, scale: '1_to_5' }),
        c({ id: 'empathy', label: 'Empathy statement before resolving', weight: 7, scale: 'yes_no', auto: 'empathy_before_resolve' }),
        c({ id: 'apology', label: 'Sincere apology before resolving', weight: 6, scale: 'yes_no', auto: 'apology_before_resolve' }),
        c({ id: 'restated', label: "Restated the problem in the rep's own words", weight: 7, scale: 'yes_no', auto: 'problem_restated' }),
      ],
    },
    {
      id: 'resolution',
      title: 'Resolution',
      criteria: [
        c({ id: 'accurate_resolution', label: 'Accurate resolution (or the right hand-off)', weight: 14, scale: '1_to_5' }),
        c({ id: 'positive_language', label: 'Positive language: what we can do, no jargon', weight: 6, scale: '1_to_5', auto: 'tone' }),
        c({ id: 'no_blame', label: 'No blame (of the caller, a colleague or another team)', weight: 4, scale: 'yes_no' }),
      ],
    },
    {
      id: 'hold',
      title: 'Hold etiquette',
      criteria: [
        c({
          id: 'hold_permission',
          label: 'Asked permission before every hold',
          description: 'A hold without permission zeroes this section.',
          weight: 5,
          scale: 'yes_no',
          naAllowed: true,
          critical: 'fail_section',
          auto: 'hold_permission',
        }),
        c({ id: 'hold_checkins', label: 'Checked in on time during every hold', weight: 5, scale: 'yes_no', naAllowed: true, auto: 'hold_checkins' }),
        c({ id: 'hold_thanks', label: 'Thanked the caller for holding', weight: 2, scale: 'yes_no', naAllowed: true, auto: 'hold_thanks' }),
      ],
    },
    {
      id: 'closing',
      title: 'Closing',
      criteria: [
        c({ id: 'anything_else', label: 'Asked "Is there anything else?"', weight: 4, scale: 'yes_no', naAllowed: true, auto: 'anything_else' }),
        c({ id: 'recap', label: 'Recapped next steps and who does what', weight: 5, scale: 'yes_no', naAllowed: true, auto: 'recap' }),
        c({ id: 'case_number', label: 'Gave the case number', weight: 4, scale: 'yes_no', naAllowed: true, auto: 'case_number' }),
        c({ id: 'promises_dated', label: 'Every promise recorded with a due time', weight: 4, scale: 'yes_no', naAllowed: true, auto: 'promises_dated' }),
        c({ id: 'thanks', label: 'Thanked the caller', weight: 3, scale: 'yes_no', naAllowed: true, auto: 'thanked' }),
      ],
    },
    {
      id: 'documentation',
      title: 'Notes and wrap-up',
      criteria: [
        c({ id: 'notes_taken', label: 'Took notes during the call', weight: 3, scale: 'yes_no', auto: 'notes_taken' }),
        c({ id: 'notes_quality', label: 'Notes let the next rep help without asking again', weight: 4, scale: '1_to_5' }),
        c({ id: 'root_cause', label: 'Wrap-up: disposition and root cause recorded', weight: 3, scale: 'yes_no', auto: 'wrap_up_root_cause' }),
      ],
    },
    {
      id: 'compliance',
      title: 'Compliance',
      criteria: [
        c({
          id: 'abuse_procedure',
          label: 'Abusive caller: warned once and offered a supervisor',
          weight: 1,
          scale: 'yes_no',
          naAllowed: true,
          critical: 'fail_section',
          auto: 'abuse_procedure',
        }),
        c({
          id: 'no_misconduct',
          label: 'No rudeness, no false promise, no account details to the wrong person',
          description: 'Any of these fails the whole call.',
          weight: 1,
          scale: 'yes_no',
          critical: 'fail_all',
        }),
      ],
    },
  ],
};
