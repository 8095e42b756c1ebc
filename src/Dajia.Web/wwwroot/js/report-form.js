// The report form without a round trip: checks as you type (the server says the same), the prefilled value beside an
// edited one, the records behind a prefilled number in place, and autosave of the draft. The form works without it.
// Autosave sends what the server will take and holds back a field it would refuse (a bad number, a text over its limit):
// the valid figures are saved, the bad field is marked and kept in this browser (localStorage) until it is fixed, so
// one bad field neither blocks the draft nor is lost on a reload.
(function () {
  var form = document.getElementById('report-form');
  if (!form) return;
  var d = form.dataset;
  var inputs = Array.prototype.slice.call(form.querySelectorAll('input.num, textarea'));
  var byCode = {};
  inputs.forEach(function (i) { byCode[i.closest('.indicator').dataset.code] = i; });
  var rules = (d.rules || '').split(';').filter(Boolean).map(function (r) {
    var parts = r.split(':');
    return { left: parts[0], right: parts[1].split(',') };
  });
  var status = document.getElementById('autosave');
  var version = document.querySelector('#report-form input[name="version"]');
  var stopped = false;
  var timer = null;
  var pending = null; // the autosave on its way, if any: one at a time, each with the version the last one left
  var again = false;
  var holding = false;
  // Per account: on a shared computer the next person to sign in must not get (and save as theirs) someone's kept text.
  var store = 'dajia-report:' + d.user + ':' + d.api;
  var codeOf = function (i) { return i.closest('.indicator').dataset.code; };

  var format = function (text, args) {
    return text.replace(/\{(\d)\}/g, function (_, n) { return args[+n]; });
  };
  var number = function (input) {
    var v = input.value.trim();
    return v === '' ? null : Number(v);
  };
  var typeError = function (input) {
    var v = input.value.trim();
    if (input.dataset.max) return v.length > +input.dataset.max ? format(d.msgTooLong, [input.dataset.max]) : null;
    if (v === '' || !input.dataset.type) return null;
    var ok = input.dataset.type === 'Count' ? /^[0-9]{1,9}$/.test(v) : /^[0-9]{1,9}(\.[0-9]{1,4})?$/.test(v);
    return ok ? null : (input.dataset.type === 'Count' ? d.msgCount : d.msgAmount);
  };
  var show = function (input, message) {
    var span = document.getElementById(input.id + '-error');
    if (span) span.textContent = message || '';
    input.classList.toggle('input-validation-error', !!message);
  };
  var check = function () {
    var messages = {};
    inputs.forEach(function (i) { messages[i.id] = typeError(i); });
    rules.forEach(function (r) {
      var left = byCode[r.left];
      if (!left || messages[left.id] || number(left) === null) return;
      var sum = r.right.reduce(function (s, c) { return s + (byCode[c] ? number(byCode[c]) || 0 : 0); }, 0);
      if (number(left) > sum + 1e-9) {
        var labels = r.right.map(function (c) { return byCode[c] ? byCode[c].dataset.label : c; }).join('＋');
        messages[left.id] = format(d.msgAtmost, [left.dataset.label, labels]);
      }
    });
    var valid = true;
    inputs.forEach(function (i) { show(i, messages[i.id]); if (messages[i.id]) valid = false; });
    return valid;
  };
  var markEdited = function (input) {
    var was = form.querySelector('[data-was="' + input.id + '"]');
    if (!was || input.dataset.prefilled === undefined) return;
    var v = input.value.trim();
    was.hidden = v !== '' && Number(v) === Number(input.dataset.prefilled) && input.dataset.prefilled !== '';
  };
  var counter = function (input) {
    var count = document.getElementById(input.id + '-count');
    if (!count) return;
    count.textContent = format(d.msgChars, [String(input.value.trim().length), input.dataset.max]);
    count.classList.toggle('field-error', input.value.trim().length > +input.dataset.max);
  };
  var held = function () { return inputs.filter(function (i) { return !i.readOnly && typeError(i); }); };
  // What the server would refuse stays here, with the version it was typed on: restored only onto that same draft.
  var keep = function () {
    try {
      var bad = held();
      if (!bad.length) { localStorage.removeItem(store); return; }
      var values = {};
      bad.forEach(function (i) { values[codeOf(i)] = i.value; });
      localStorage.setItem(store, JSON.stringify({ version: version ? version.value : '', values: values }));
    } catch (e) { /* private mode: the field stays on the page */ }
  };
  var say = function (text, bad) {
    if (!status) return;
    status.textContent = text;
    status.classList.toggle('field-error', !!bad);
  };
  var save = function () {
    if (stopped) return;
    check();
    if (pending) { again = true; return; }
    var values = {};
    var bad = held();
    inputs.forEach(function (i) {
      if (bad.indexOf(i) >= 0) return;
      var v = i.value.trim();
      values[codeOf(i)] = v === '' ? null : v;
    });
    pending = fetch(d.api, {
      method: 'PUT', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'If-Match': '"' + version.value + '"' },
      body: JSON.stringify({ values: values }),
    }).then(function (response) {
      return response.json().then(function (body) { return { response: response, body: body }; });
    }).then(function (r) {
      if (r.response.ok) {
        version.value = String(r.body.version);
        var now = new Date();
        var hh = ('0' + now.getHours()).slice(-2) + ':' + ('0' + now.getMinutes()).slice(-2);
        var left = held();
        keep();
        if (left.length) say(format(d.msgSavedExcept, [hh, left.map(function (i) { return i.dataset.label; }).join('、')]), true);
        else say(format(d.msgSaved, [hh]), false);
      } else if (r.response.status === 409) {
        stopped = true; // someone else saved: say what differs, and do not overwrite it
        say(r.body.detail || d.msgFailed, true);
      } else {
        Object.keys(r.body.errors || {}).forEach(function (k) {
          var input = byCode[k.replace(/^values\./, '')];
          if (input) show(input, r.body.errors[k][0]);
        });
        say(d.msgFailed, true);
      }
    }).catch(function () { say(d.msgFailed, true); }).then(function () {
      pending = null;
      if (again && !stopped) { again = false; save(); }
    });
  };
  form.addEventListener('input', function (e) {
    if (e.target.readOnly) return;
    check();
    keep();
    if (e.target.dataset.max) counter(e.target);
    if (e.target.dataset.type) markEdited(e.target);
    if (!status) return;
    clearTimeout(timer);
    timer = setTimeout(save, 1200);
  });

  // A post of the form (保存草稿, 提交) carries the version the last autosave left; no autosave may start after it. One
  // still on its way would make the post's version old and the liaison's own save a conflict: wait for it, then post.
  form.addEventListener('submit', function (e) {
    clearTimeout(timer);
    stopped = true;
    keep();
    if (!pending) return;
    e.preventDefault();
    if (holding) return;
    holding = true;
    var submitter = e.submitter;
    pending.then(function () {
      holding = false;
      if (form.requestSubmit) form.requestSubmit(submitter && submitter.form === form ? submitter : undefined);
      else form.submit();
    });
  });

  // The 提交前请核对 summary is the server's, made from the saved draft: a field held back in this browser is empty there.
  // Show what the field holds now instead — the restored value, marked, with what is wrong — not 尚未填写.
  var summarise = function () {
    var summary = document.getElementById('summary');
    if (!summary) return;
    var problems = document.getElementById('summary-problems');
    var empty = document.getElementById('summary-empty');
    var kept = [];
    held().forEach(function (i) {
      var row = summary.querySelector('tr[data-code="' + codeOf(i) + '"]');
      if (!row) return;
      var message = format(d.msgField, [i.dataset.label, typeError(i)]);
      var v = i.value.trim();
      var value = document.createElement('span');
      value.className = 'kept-invalid';
      value.textContent = v.length > 200 ? v.slice(0, 200) + '…' : v;
      row.querySelector('.summary-value').replaceChildren(value);
      var mark = document.createElement('span');
      mark.className = 'field-error';
      mark.textContent = format(d.msgKept, [typeError(i)]);
      row.querySelector('td.hint').replaceChildren(mark);
      row.classList.add('kept');
      kept.push(codeOf(i));
      if (problems) {
        var li = document.createElement('li');
        li.textContent = message;
        problems.querySelector('ul').appendChild(li);
        problems.hidden = false;
      }
    });
    if (!empty || !kept.length) return;
    var left = (empty.dataset.codes || '').split(',').filter(function (c) { return c && kept.indexOf(c) < 0; });
    empty.hidden = !left.length;
    empty.textContent = format(d.msgEmpty, [left.map(function (c) { return byCode[c] ? byCode[c].dataset.label : c; }).join('、')]);
  };

  // A field held back last time (typed on this same draft) comes back, marked, so nothing typed is lost on a reload.
  try {
    var kept = JSON.parse(localStorage.getItem(store) || 'null');
    if (kept && version && kept.version === version.value) {
      var back = [];
      Object.keys(kept.values || {}).forEach(function (code) {
        var i = byCode[code];
        if (!i || i.readOnly || i.value === kept.values[code]) return;
        i.value = kept.values[code];
        back.push(i.dataset.label);
        if (i.dataset.max) counter(i);
        if (i.dataset.type) markEdited(i);
      });
      if (back.length) { check(); say(format(d.msgRestored, [back.join('、')]), true); summarise(); }
    } else if (kept) localStorage.removeItem(store);
  } catch (e) { /* nothing kept */ }

  var render = function (box, items) {
    box.textContent = '';
    if (!items.length) {
      var none = document.createElement('p');
      none.className = 'hint';
      none.textContent = d.msgNone;
      box.appendChild(none);
      return;
    }
    var ul = document.createElement('ul');
    ul.className = 'source-list';
    items.forEach(function (s) {
      var li = document.createElement('li');
      var kind = document.createElement('span');
      kind.className = 'tag';
      kind.textContent = d['kind' + s.kind] || '';
      var link = document.createElement('a');
      link.href = '/' + { Operation: 'Operations', Clue: 'Clues', Case: 'Cases' }[s.kind] + '/' + s.id;
      link.textContent = s.number;
      var hint = document.createElement('span');
      hint.className = 'hint';
      hint.textContent = s.on + ' · ' + format(d.msgValue, [String(s.value), s.unit || '']);
      li.append(kind, ' ', link, ' ', s.title, ' ', hint);
      ul.appendChild(li);
    });
    box.appendChild(ul);
  };
  form.querySelectorAll('.prefill-mark').forEach(function (mark) {
    mark.addEventListener('click', function (e) {
      e.preventDefault();
      var box = document.getElementById(mark.dataset.target);
      box.hidden = !box.hidden;
      if (box.hidden || box.dataset.loaded) return;
      box.textContent = d.msgLoading;
      fetch(mark.dataset.sources, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (r) { if (!r.ok) throw new Error(); return r.json(); })
        .then(function (body) { box.dataset.loaded = '1'; render(box, body.items); })
        .catch(function () { box.textContent = d.msgFailed; });
    });
  });
})();
