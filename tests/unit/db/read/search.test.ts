import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SearchHit } from '../../../../core/api/commands.js';
import { caseNumberFromId } from '../../../../core/model/index.js';
import { search } from '../../../../db/read/search.js';
import { addCustomer, DAY, id, NOW, tempStore } from '../helpers.js';
import { saveCall, saveCase, saveNote } from '../save.js';

type Fixture = {
  db: Database;
  jose: string;
  maria: string;
  mary: string;
  obrien: string;
  refundCase: string;
  boxCase: string;
};

function fixture(): Fixture {
  const db = tempStore();
  const jose = addCustomer(db, 'José García-Núñez', ['+14155552671']);
  const maria = addCustomer(db, 'María García', ['+16175550123', '+442079460958']);
  const mary = addCustomer(db, 'Mary Smith', ['+12125559876']);
  const obrien = addCustomer(db, "Siobhán O'Brien", ['+13125552671']);
  const refundCase = id();
  saveCase(db, { id: refundCase, customerId: jose, subject: 'Refund not received for order #48213', status: 'open', category: 'billing', createdAt: NOW - 5 * DAY });
  const boxCase = id();
  saveCase(db, { id: boxCase, customerId: mary, subject: 'Package arrived damaged', status: 'resolved', category: 'shipping', createdAt: NOW - 50 * DAY });
  const callId = id();
  saveCall(db, {
    id: callId,
    customerId: jose,
    caseId: refundCase,
    phone: '+14155552671',
    direction: 'inbound',
    repName: 'Dana',
    startedAt: NOW - 2 * DAY,
    endedAt: NOW - 2 * DAY + 60_000,
    moodStart: 'angry',
    moodEnd: 'calm',
    disposition: 'pending',
    summary: null,
  });
  saveNote(db, { id: id(), customerId: jose, caseId: refundCase, callId, body: 'Caller mentioned the courier left it with a neighbour called Bertrand.', author: 'Dana', createdAt: NOW - 2 * DAY });
  saveNote(db, { id: id(), customerId: maria, caseId: null, callId: null, body: 'Prefers Spanish; hard of hearing, speak slowly.', author: 'Dana', createdAt: NOW - DAY });
  return { db, jose, maria, mary, obrien, refundCase, boxCase };
}

function hits(db: Database, text: string, limit = 20): SearchHit[] {
  const result = search(db, text, limit);
  for (const hit of result) SearchHit.parse(hit);
  return result;
}

const ids = (list: SearchHit[]) => list.map((h) => h.id);

describe('search', () => {
  it('returns nothing for empty or blank text', () => {
    const { db } = fixture();
    expect(hits(db, '')).toEqual([]);
    expect(hits(db, '   \t ')).toEqual([]);
  });

  it('finds customers by name words, as prefixes, all words required, accents ignored', () => {
    const { db, jose, maria, mary } = fixture();
    expect(ids(hits(db, 'garcia'))).toEqual(expect.arrayContaining([jose, maria]));
    expect(ids(hits(db, 'jose garcia'))).toEqual([jose]);
    expect(ids(hits(db, 'Mar'))).toEqual(expect.arrayContaining([maria, mary]));
    expect(ids(hits(db, 'mar gar'))).toEqual([maria]);
    expect(ids(hits(db, 'nunez'))).toEqual([jose]);
    expect(hits(db, 'Mary Smith')[0]).toEqual({
      kind: 'customer',
      id: mary,
      customerId: mary,
      title: 'Mary Smith',
      detail: '(212) 555-9876',
      matched: 'name',
    });
  });

  it("copes with apostrophes and hyphens in names", () => {
    const { db, obrien, jose } = fixture();
    expect(ids(hits(db, "o'brien"))).toEqual([obrien]);
    expect(ids(hits(db, 'siobhan obrien'))).toEqual([]); // "O'Brien" is two words, as the tokenizer reads it
    expect(ids(hits(db, 'garcia-nunez'))).toEqual([jose]);
  });

  it('finds a customer by the full number in any written form', () => {
    const { db, jose } = fixture();
    for (const text of ['+14155552671', '(415) 555-2671', '415.555.2671', '1 415 555 2671']) {
      expect(hits(db, text)[0], text).toMatchObject({ kind: 'customer', id: jose, matched: 'phone', detail: '(415) 555-2671' });
    }
  });

  it('finds numbers by their last digits and by their leading digits', () => {
    const { db, jose, obrien, maria } = fixture();
    expect(ids(hits(db, '2671'))).toEqual(expect.arrayContaining([jose, obrien]));
    expect(ids(hits(db, '2671'))).toHaveLength(2);
    expect(ids(hits(db, '555-2671'))).toEqual(expect.arrayContaining([jose, obrien]));
    expect(ids(hits(db, '415 555'))).toEqual([jose]);
    expect(ids(hits(db, '0123'))).toEqual([maria]);
    expect(ids(hits(db, '44 20 7946'))).toEqual([maria]); // with the country code
    expect(ids(hits(db, '20 7946'))).toEqual([maria]); // national number of a UK line
    expect(hits(db, '267')).toEqual([]); // 3 digits are too few to mean a number
  });

  it('finds a case by its number: whole, leading part, lower case, without HRD-, or its second group', () => {
    const { db, refundCase } = fixture();
    const number = caseNumberFromId(refundCase);
    const [first, second] = [number.slice(4, 8), number.slice(9)];
    for (const text of [number, number.toLowerCase(), `HRD-${first}`, `hrd ${first}${second.slice(0, 2)}`, `${first}-${second}`, `${first}${second}`]) {
      expect(hits(db, text)[0], text).toMatchObject({ kind: 'case', id: refundCase, matched: 'caseNumber' });
    }
    expect(hits(db, `HRD-${first}`)[0]).toMatchObject({
      title: 'Refund not received for order #48213',
      detail: `${number} · Open · José García-Núñez`,
    });
    // Read aloud, O and I are heard as 0 and 1.
    expect(hits(db, number.replace(/0/g, 'O').replace(/1/g, 'I'))[0]?.id).toBe(refundCase);
    if (/\d/.test(second)) expect(hits(db, second)[0]).toMatchObject({ id: refundCase, matched: 'caseNumber' });
  });

  it('finds a case by either group of its number, each read as a code of its own', () => {
    const { db, jose } = fixture();
    const caseId = id();
    saveCase(db, { id: caseId, customerId: jose, number: 'HRD-AB12-7K4Q', subject: 'Wrong size', status: 'open', category: null, createdAt: NOW });
    expect(hits(db, '7k4q')[0]).toMatchObject({ id: caseId, matched: 'caseNumber' });
    expect(hits(db, 'ab12')[0]).toMatchObject({ id: caseId, matched: 'caseNumber' });
    expect(hits(db, 'ab12-7k')[0]).toMatchObject({ id: caseId, matched: 'caseNumber' });
    const plan = db
      .prepare(`EXPLAIN QUERY PLAN SELECT id FROM cases cs WHERE substr(cs.number, 10) = ?`)
      .all('7K4Q') as { detail: string }[];
    expect(plan.map((r) => r.detail).join()).toMatch(/cases_number_tail/);
  });

  it('finds cases by subject words', () => {
    const { db, boxCase, refundCase } = fixture();
    expect(hits(db, 'damaged package')[0]).toMatchObject({ kind: 'case', id: boxCase, matched: 'subject' });
    expect(hits(db, '48213')[0]).toMatchObject({ kind: 'case', id: refundCase, matched: 'subject' });
  });

  it("finds notes by words: the note's case when it has one, else its customer", () => {
    const { db, refundCase, maria } = fixture();
    const [caseHit] = hits(db, 'bertrand');
    expect(caseHit).toMatchObject({ kind: 'case', id: refundCase, matched: 'note', title: 'Refund not received for order #48213' });
    expect(caseHit?.detail).toMatch(/neighbour called Bertrand/);
    expect(hits(db, 'spanish slowly')[0]).toMatchObject({ kind: 'customer', id: maria, matched: 'note', title: 'María García' });
  });

  it('reads the last word as unfinished while it is not yet a whole word', () => {
    const { db, refundCase, boxCase } = fixture();
    expect(hits(db, 'bertr')[0]).toMatchObject({ id: refundCase, matched: 'note' });
    expect(hits(db, 'package dam')[0]).toMatchObject({ id: boxCase, matched: 'subject' });
    expect(hits(db, 'package damag')[0]).toMatchObject({ id: boxCase, matched: 'subject' });
    // A single letter is too short to stand for a word in subjects and notes.
    expect(hits(db, 'package d')).toEqual([]);
  });

  it('lists each customer or case once, and respects the limit', () => {
    const { db, jose } = fixture();
    // The name and the note both match José.
    const both = hits(db, 'jose');
    expect(both.filter((h) => h.id === jose)).toHaveLength(1);
    expect(hits(db, 'a', 2).length).toBeLessThanOrEqual(2);
    expect(hits(db, 'garcia', 1)).toHaveLength(1);
  });

  it('never throws on text that would be FTS5 or SQL syntax', () => {
    const { db, mary } = fixture();
    for (const text of [
      '"',
      '""',
      '*',
      'mar*',
      'NEAR(',
      'NEAR(mary smith, 2)',
      'a OR',
      'OR',
      'AND',
      'NOT',
      '-',
      '- mary',
      'mary -smith',
      '(',
      ')',
      'col:mary',
      'name : mary',
      '{name}',
      '^mary',
      "'; DROP TABLE customers; --",
      '\\',
      '+',
      '%',
      '_',
      '\u0000',
      'a'.repeat(500),
      '🙂',
      'HRD-',
      'HRD-----',
    ]) {
      expect(() => hits(db, text), JSON.stringify(text)).not.toThrow();
    }
    expect(ids(hits(db, 'mary -smith'))).toEqual([mary]);
    expect(ids(hits(db, '"mary" "smith"'))).toEqual([mary]);
  });
});
