'use strict';
/*
 * Chọn theo hồ sơ cơ quan (picking from the organisation's profile): the signer roster with its signing forms and
 * the units directory (GET /api/v1/drafts/choices), offered as drop-downs so a clerk picks a signer or a unit
 * instead of typing it; and what the logged-in user's roles allow (GET /api/v1/auth/me), so the editor shows only
 * the steps they may take. Without a profile (or without the drafter's role) there is nothing to pick from and the
 * fields stay as they are.
 */
const PROFILE = { signers: [], units: [] };
let MAY = null; // the steps the user's roles allow, or null when unknown (the server still refuses with 403)

/** The permission each button of the editor needs (a follow-up, a copy or a deletion is drafting). */
const ACTION_NEEDS = { edit: 'edit', submit: 'submit', approve: 'approve', return: 'return', issue: 'issue',
  revoke: 'revoke', 'follow-up': 'edit', duplicate: 'edit', delete: 'edit' };

/** Loads who the user is and, when they draft, the profile's choices; both before the form is drawn. */
async function loadChoices() {
  const me = await api('GET', '/auth/me');
  if (me.ok && Array.isArray(me.body.may)) MAY = me.body.may;
  if (!allowed('edit')) return;
  const r = await api('GET', '/drafts/choices');
  if (r.ok) Object.assign(PROFILE, r.body);
}

/** True when the user's roles allow {@code action} (an action the lifecycle names: edit, submit, …). */
function allowed(action) {
  return MAY === null || MAY.includes(ACTION_NEEDS[action] || action);
}

/** A signature's authority lines, title and name as one comparable key. */
function signatureKey(authority, title, name) {
  return JSON.stringify([(authority || []).map(s => String(s).trim()), String(title || '').trim(), String(name || '').trim()]);
}

/**
 * "Người ký theo hồ sơ": one entry per roster signer and signing form; choosing one fills the authority lines,
 * the title and the name. {@code onPick({authority, title, signer})} stores them. Null without a roster.
 */
function signerPicker(signature, onPick) {
  if (!PROFILE.signers.length) return null;
  const entries = [];
  PROFILE.signers.forEach(s => s.forms.forEach(f => entries.push({ s, f })));
  const select = el('select', { id: 'signer-pick', class: 'struct' }, el('option', { value: '' }, 'Chọn người ký…'),
    entries.map((e, i) => el('option', { value: String(i) },
      e.s.name + ' — ' + e.s.title + (e.f.authority.length ? ' (' + e.f.label + ')' : ' (ký trực tiếp)'))));
  const current = signatureKey(signature.authority, signature.title, signature.signer);
  const at = entries.findIndex(e => signatureKey(e.f.authority, e.s.title, e.s.name) === current);
  select.value = at < 0 ? '' : String(at);
  select.addEventListener('change', () => {
    const e = entries[Number(select.value)];
    if (e) onPick({ authority: e.f.authority.slice(), title: e.s.title, signer: e.s.name });
  });
  return el('label', { class: 'f struct' }, 'Người ký theo hồ sơ cơ quan', select);
}

/**
 * "Thêm từ danh bạ": the directory's units in a drop-down; choosing one calls {@code onPick(unit)} and the
 * drop-down goes back to its prompt. {@code taken} (names already listed) are left out. Null without a directory.
 */
function unitPicker(label, taken, onPick, attrs) {
  if (!PROFILE.units.length) return null;
  const have = new Set((taken || []).map(t => bareLine(t)));
  const free = PROFILE.units.filter(u => !have.has(u.name));
  const select = el('select', Object.assign({ class: 'struct unit-pick' }, attrs || {}),
    el('option', { value: '' }, free.length ? 'Chọn đơn vị…' : '(đã chọn hết danh bạ)'),
    free.map(u => el('option', { value: u.name }, u.name + (u.shortName ? ' (' + u.shortName + ')' : ''))));
  select.addEventListener('change', () => {
    const unit = free.find(u => u.name === select.value);
    select.value = '';
    if (unit) onPick(unit);
  });
  return el('label', { class: 'f struct' }, label, select);
}

/** A list line without its leading dash and closing punctuation: "- Sở Nội vụ;" → "Sở Nội vụ". */
function bareLine(line) {
  return String(line || '').trim().replace(/^[-–]\s*/, '').replace(/[;,.…]+$/, '').trim();
}

/** A line that only holds dots for the clerk to fill ("…", "….", "..."). */
function unfilled(line) {
  return /^[\s.…]*$/.test(String(line || ''));
}

/**
 * Kính gửi with {@code name} added: the dotted line replaced, every line but the last closed with ";" and the
 * last with "." (NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9.d).
 */
function withAddressee(lines, name) {
  const out = (lines || []).filter(l => !unfilled(l)).map(bareLine).concat([name]);
  return out.map((l, i) => l + (i < out.length - 1 ? ';' : '.'));
}

/** Nơi nhận with {@code name} added before the archive line ("Lưu: VT, …"), which stays last. */
function withRecipient(lines, name) {
  const list = (lines || []).filter(l => !unfilled(l));
  const archive = list.findIndex(l => /^\s*-?\s*Lưu\b/.test(l));
  const line = name + ';';
  if (archive < 0) return list.concat([line]);
  return list.slice(0, archive).concat([line], list.slice(archive));
}
