// Type-ahead for the entity picker. Without JavaScript the same field is a plain search form that reloads the page.
(function () {
  const input = document.getElementById('entityQ');
  const hits = document.getElementById('entity-hits');
  const hint = document.getElementById('entity-hint');
  const form = document.getElementById('inspect');
  if (!input || !hits || !hint || !form) return;
  const kept = form.querySelector('input[name="entityQ"]');
  let timer = 0;
  let asked = 0;

  function render(page, text) {
    hits.querySelectorAll('label').forEach(l => l.remove());
    for (const e of page.items) {
      const label = document.createElement('label');
      const radio = document.createElement('input');
      radio.type = 'radio';
      radio.name = 'MarketEntityId';
      radio.value = e.id;
      radio.required = true;
      label.append(radio, ' ' + [e.name, e.stallNumber, e.keyAreaName, e.creditCode].filter(x => x).join(' · '));
      hits.insertBefore(label, hint);
    }
    // A single hit is chosen for the person (as the page without JavaScript does); several are left to them.
    if (page.items.length === 1) hits.querySelector('input[name="MarketEntityId"]').checked = true;
    hint.textContent = text === '' ? hint.dataset.type
      : page.total === 0 ? input.dataset.empty
      : page.hasMore ? hint.dataset.partial.replace('{0}', page.items.length).replace('{1}', page.total) : '';
  }

  async function search() {
    const text = input.value.trim();
    if (kept) kept.value = text;
    const mine = ++asked;
    if (text === '') { render({ items: [], total: 0, hasMore: false }, ''); return; }
    const url = '/api/entities/search?pageSize=20&q=' + encodeURIComponent(text);
    const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok || mine !== asked) return;
    render(await response.json(), text);
  }

  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(search, 250); });
  input.form.addEventListener('submit', ev => { ev.preventDefault(); clearTimeout(timer); search(); });
})();
