import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { fail, ok } from '../../../../core/api/result.js';
import { changeForm, formHandle, openForm, type FormDrafts, type FormOptions } from '../../../../renderer/shared/form.js';
import { useForm } from '../../../../renderer/shared/useForm.js';

/** Drafts in a plain map, as the call's drafts keep them (an empty text is no draft). */
function fakeDrafts(kept: Record<string, string> = {}): FormDrafts & { kept: Record<string, string> } {
  return {
    kept,
    read: (key) => kept[key] ?? '',
    write: (key, value) => {
      if (value === '') delete kept[key];
      else kept[key] = value;
    },
    clear: (key) => {
      delete kept[key];
    },
  };
}

/** The hook's state and handle without React: each change applies at once, as a re-render would show it. */
function harness<F extends string>(options: FormOptions<F>) {
  let state = openForm(options);
  return {
    get form() {
      return formHandle(state, (change) => (state = changeForm(state, change)), options);
    },
  };
}

describe('the dialog form (useForm)', () => {
  it('opens with its initial text, where a kept draft wins unless it is empty', () => {
    const drafts = fakeDrafts({ 'promise.description': 'Call back about the refund', 'promise.owner': '' });
    const { form } = harness({ initial: { description: '', owner: 'Ana', choice: 'hour' }, drafts: { store: drafts, prefix: 'promise' } });
    expect(form.values).toEqual({ description: 'Call back about the refund', owner: 'Ana', choice: 'hour' });
    expect(form.problem).toBeNull();
    expect(form.saving).toBe(false);
  });

  it('keeps each edit as a draft under prefix.field, and an edit clears the problem shown', () => {
    const drafts = fakeDrafts();
    const h = harness({ initial: { to: '', reason: '' }, drafts: { store: drafts, prefix: 'escalate' } });
    h.form.refuse('Who does it go to?');
    expect(h.form.problem).toBe('Who does it go to?');
    h.form.field('to').onChange('Team lead');
    expect(h.form.field('to').value).toBe('Team lead');
    expect(h.form.problem).toBeNull();
    expect(drafts.kept).toEqual({ 'escalate.to': 'Team lead' });
  });

  it('marks the form saving during the write and shows a refusal in the backend’s words', async () => {
    const h = harness({ initial: { subject: 'Refund' } });
    let during: boolean | null = null;
    const refused = await h.form.save(async () => {
      during = h.form.saving;
      return fail('CONFLICT', 'This call has ended.');
    });
    expect(during).toBe(true);
    expect(refused.ok).toBe(false);
    expect(h.form.saving).toBe(false);
    expect(h.form.problem).toBe('This call has ended.');
  });

  it('hands back a good answer and leaves no problem', async () => {
    const h = harness({ initial: { subject: 'Refund' } });
    const result = await h.form.save(async () => ok({ id: 'c1' }));
    expect(result).toEqual({ ok: true, value: { id: 'c1' } });
    expect(h.form.saving).toBe(false);
    expect(h.form.problem).toBeNull();
  });

  it('forgets every field’s draft once recorded, and touches no drafts without them', () => {
    const drafts = fakeDrafts({ 'wrap.summary': 'Refund sent', 'wrap.override': 'Caller hung up', 'notes.body': 'kept' });
    const withDrafts = harness({ initial: { summary: '', override: '' }, drafts: { store: drafts, prefix: 'wrap' } });
    withDrafts.form.clearDrafts();
    expect(drafts.kept).toEqual({ 'notes.body': 'kept' });

    const plain = harness({ initial: { subject: '' } });
    plain.form.field('subject').onChange('New');
    plain.form.clearDrafts();
    expect(plain.form.values.subject).toBe('New');
    expect(drafts.kept).toEqual({ 'notes.body': 'kept' });
  });

  it('is a hook that opens with the kept drafts on its first render', () => {
    const drafts = fakeDrafts({ 'transfer.to': 'Billing' });
    function Probe() {
      const form = useForm({ initial: { to: '' }, drafts: { store: drafts, prefix: 'transfer' } });
      return createElement('output', null, `${form.values.to}|${String(form.saving)}|${form.problem ?? 'none'}`);
    }
    expect(renderToString(createElement(Probe))).toBe('<output>Billing|false|none</output>');
  });
});
