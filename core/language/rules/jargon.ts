import { global, type Rule } from './rule.js';

// Internal words a caller does not know (DOMAIN.md: "avoid blame and jargon"). Each entry
// carries the plain words to say instead, which is what the coaching hint offers. Acronyms
// that are also ordinary words ("BAN", "POD", "NOC") only count in capitals.

export type JargonTerm = { id: string; re: RegExp; plain: string; caseSensitive?: boolean };

export const JARGON: readonly JargonTerm[] = [
  { id: 'rma', re: /\brmas?\b/, plain: 'a return number (so the warehouse knows the parcel is yours)' },
  { id: 'sla', re: /\bslas?\b/, plain: 'how long it usually takes us, in hours or days' },
  { id: 'eta', re: /\beta\b/, plain: 'when it should arrive' },
  { id: 'tier', re: /\b(?:tier|level) (?:1|2|3|one|two|three|ii)\b|\bl[123]\b|\b(?:first|second|third)[- ]line (?:support|team|engineers?|agents?)\b/, plain: 'our specialist team' },
  { id: 'provisioning', re: /\b(?:re)?provision\w*\b/, plain: 'setting up your service' },
  { id: 'backend', re: /\bback[- ]?end\b|\bback office\b/, plain: 'our systems' },
  { id: 'crm', re: /\bcrm\b/, plain: 'your account notes' },
  { id: 'truck_roll', re: /\btruck rolls?\b/, plain: 'sending a technician to you' },
  { id: 'ont', re: /\bont\b/, plain: 'the fibre box on your wall' },
  { id: 'firmware', re: /\bfirmware\b/, plain: 'the router’s built-in software' },
  { id: 'mac_address', re: /\bmac address\w*\b/, plain: 'your modem’s ID' },
  { id: 'port', re: /\bport[- ](?:out|in)\b|\bporting\b/, plain: 'moving your number' },
  { id: 'msisdn', re: /\bmsisdn\b|\bimei\b|\bapn\b/, plain: 'your phone number / your handset’s serial number' },
  { id: 'arrears', re: /\barrears\b|\bdunning\b/, plain: 'an overdue balance and the reminders we send about it' },
  { id: 'prorated', re: /\bpro-?rat\w*\b|\bproration\b/, plain: 'charged only for the days you had it' },
  { id: 'tcs', re: /\bt&cs?\b|\bt ?& ?c\b|\btos\b/, plain: 'the terms of your plan' },
  { id: 'incident_priority', re: /\bp[1-4]\b|\bpriority (?:1|one) incident\b/, plain: 'our most urgent kind of fault' },
  { id: 'fulfilment', re: /\bfulfil+ment\b/, plain: 'the team that packs and sends orders' },
  { id: 'whitelist', re: /\bwhitelist\w*\b|\ballowlist\w*\b/, plain: 'approved on our side' },
  { id: 'exception_scan', re: /\bexception scan\b/, plain: 'the courier flagged a delivery problem' },
  { id: 'latency', re: /\blatency\b|\bpacket loss\b/, plain: 'a slow or patchy connection' },
  { id: 'node', re: /\bthe node\b/, plain: 'the equipment serving your street' },
  { id: 'kb', re: /\bkb article\b|\bknowledge base\b/, plain: 'our guide' },
  { id: 'power_cycle', re: /\bpower[- ]cycl\w*\b/, plain: 'switch it off and on again' },
  { id: 'sim_swap', re: /\bsim swap\b/, plain: 'a new SIM card' },
  { id: 'action_it', re: /\baction (?:it|this|that|the request)\b/, plain: 'deal with it' },
  { id: 'pre_auth', re: /\bpre-?auth\w*\b|\bauthori[sz]ation hold\b|\bpending auth\w*\b|\bauth\b/, plain: 'a temporary hold on the card that drops off by itself' },
  { id: 'mrc', re: /\bmrc\b|\bnrc\b/, plain: 'your monthly charge' },
  { id: 'promo_rolled_off', re: /\brolled off\b/, plain: 'the introductory price ended' },
  { id: 'ota', re: /\bota\b/, plain: 'an automatic update' },
  { id: 'csr', re: /\bcsrs?\b/, plain: 'the person you spoke to' },
  { id: 'disposition', re: /\bdisposition(?:ed)? (?:the|your|it)\b/, plain: 'record' },
  { id: 'aht', re: /\baht\b|\bfcr\b|\bcsat\b|\bsop\b/, plain: '(an internal measure: leave it out)' },
  { id: 'dsl', re: /\bdsl(?:am)?\b|\bftt[pch]\b|\bcpe\b/, plain: 'your broadband line and the equipment for it' },
  { id: 'otp', re: /\botp\b/, plain: 'the one-time code we text you' },
  { id: 'doa', re: /\bdoa\b/, plain: 'it arrived not working' },
  { id: 'ber', re: /\bBER\b|\bRTS\b/, plain: 'not worth repairing / sent back to us', caseSensitive: true },
  { id: 'ban', re: /\bBAN\b/, plain: 'your account number', caseSensitive: true },
  { id: 'pod', re: /\bPOD\b/, plain: 'the proof of delivery', caseSensitive: true },
  { id: 'noc', re: /\bNOC\b/, plain: 'our network team', caseSensitive: true },
  { id: 'eod', re: /\bEOD\b|\bCOB\b/, plain: 'the end of the day', caseSensitive: true },
];

export const JARGON_RULES: Rule[] = JARGON.map((t) => ({
  id: `jargon.${t.id}`,
  act: 'jargon',
  re: global(t.re),
  ...(t.caseSensitive ? { caseSensitive: true } : {}),
}));
