import type { Statement } from 'better-sqlite3';
import type { CountryCode } from 'libphonenumber-js';
import type { SearchHit } from '../../core/api/commands.js';
import { displayPhone, LIMITS, normalizePhone } from '../../core/model/index.js';
import { reverse } from '../normalize.js';
import type { ReadableDb } from '../transaction.js';
import { searchStatements, type CaseHitRow, type NameHitRow, type NoteHitRow, type PhoneHitRow } from './searchStatements.js';
import { caseNumberQuery, ftsQuery, phoneFragment, prefixEnd, searchWords } from './searchText.js';

/**
 * The search box: customers by name words or phone number (whole or a fragment of 4+
 * digits), cases by number (whole or leading part, with or without "HRD-") or subject
 * words, and notes by words. Results are deduplicated and come in order of how exactly they
 * matched: the exact number, the case number, names, number fragments, subjects, notes.
 * Each source is asked only for what is still missing, with its own LIMIT.
 */
export function search(db: ReadableDb, text: string, limit: number, defaultCountry: CountryCode = 'US'): SearchHit[] {
  const query = text.slice(0, LIMITS.searchText).trim();
  if (query === '') return [];
  const hits = new HitList(Math.max(1, Math.min(Math.floor(limit) || 1, LIMITS.searchResults)));
  const s = searchStatements(db);
  const words = searchWords(query);
  const digits = phoneFragment(query);
  const caseNumber = caseNumberQuery(query);

  if (digits) {
    const full = normalizePhone(query, defaultCountry);
    if (full.ok) hits.addPhones(s.phoneExact.all(full.value.e164, hits.room()));
  }
  if (caseNumber) {
    hits.addCases(s.caseNumberRange.all(caseNumber.prefix, prefixEnd(caseNumber.prefix), hits.room()), 'caseNumber');
    if (caseNumber.group) hits.addCases(s.caseNumberTail.all(caseNumber.group, hits.room()), 'caseNumber');
  }
  const names = ftsQuery(words, { allPrefixes: true });
  if (names && hits.room() > 0) hits.addNames(s.names.all(names, hits.room()));
  if (digits && hits.room() > 0) {
    // Last digits first: a rep with a fragment has most often been told "it ends in 2671".
    const reversed = reverse(digits);
    hits.addPhones(s.phoneSuffix.all(reversed, prefixEnd(reversed), hits.room()));
    hits.addPhones(s.phoneNational.all(digits, prefixEnd(digits), hits.room()));
    hits.addPhones(s.phoneE164.all(`+${digits}`, prefixEnd(`+${digits}`), hits.room()));
  }
  // Subjects and notes are large bodies of text, where a prefix of 4+ characters costs a
  // merge of every matching word's list (~50 ms for a common word at benchmark scale). So
  // whole words are asked first; the last word is then read as unfinished only when that is
  // cheap (2-3 characters, served by the prefix index) or when it is not a word of the index
  // at all ("bertr"). Several notes can lead to one case: ask for more than the room left.
  const last = words.at(-1) ?? '';
  for (const lastIsPrefix of [false, true]) {
    const match = ftsQuery(words, { lastIsPrefix });
    if (!match) break;
    if (hits.room() > 0 && (!lastIsPrefix || unfinished(last, s.anyCase))) {
      hits.addCases(s.casesFts.all(match, hits.room()), 'subject');
    }
    if (hits.room() > 0 && (!lastIsPrefix || unfinished(last, s.anyNote))) {
      hits.addNotes(s.notesFts.all(match, hits.room() * 3));
    }
  }
  return hits.list;
}

/** Whether a last word should also be read as the start of longer words. */
function unfinished(word: string, anyMatch: Statement<[string], number>): boolean {
  // 1 character: not in the prefix index, it would read every word of the index.
  if (word.length < 2) return false;
  if (word.length <= 3) return true;
  return anyMatch.get(`"${word}"`) === undefined;
}

const STATUS_LABEL: Record<CaseHitRow['status'], string> = {
  open: 'Open',
  pending: 'Pending',
  escalated: 'Escalated',
  resolved: 'Resolved',
  closed: 'Closed',
};

/** Collects hits in arrival order, once per customer or case, up to the limit. */
class HitList {
  readonly list: SearchHit[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly limit: number) {}

  room(): number {
    return this.limit - this.list.length;
  }

  addPhones(rows: PhoneHitRow[]): void {
    for (const r of rows) {
      this.add({ kind: 'customer', id: r.customerId, customerId: r.customerId, title: r.name, detail: displayPhone(r.e164), matched: 'phone' });
    }
  }

  addNames(rows: NameHitRow[]): void {
    for (const r of rows) {
      const detail = r.e164 ? displayPhone(r.e164) : (r.email ?? '');
      this.add({ kind: 'customer', id: r.id, customerId: r.id, title: r.name, detail, matched: 'name' });
    }
  }

  addCases(rows: CaseHitRow[], matched: 'caseNumber' | 'subject'): void {
    for (const r of rows) {
      const detail = `${r.number} · ${STATUS_LABEL[r.status]} · ${r.customerName}`;
      this.add({ kind: 'case', id: r.id, customerId: r.customerId, title: r.subject, detail, matched });
    }
  }

  /** A note leads to its case when it has one, else to its customer. */
  addNotes(rows: NoteHitRow[]): void {
    for (const r of rows) {
      if (r.caseId !== null && r.subject !== null) {
        const detail = `${r.number} · ${r.snippet}`;
        this.add({ kind: 'case', id: r.caseId, customerId: r.customerId, title: r.subject, detail, matched: 'note' });
      } else {
        this.add({ kind: 'customer', id: r.customerId, customerId: r.customerId, title: r.customerName, detail: r.snippet, matched: 'note' });
      }
    }
  }

  private add(hit: SearchHit): void {
    const key = `${hit.kind}:${hit.id}`;
    if (this.list.length >= this.limit || this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push(hit);
  }
}
