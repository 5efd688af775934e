/**
 * The page's only script: tooltips on hover and focus, cards that scroll to and flash their
 * spans, legend toggles. It is a constant and reads everything from the DOM, so no article
 * text ever reaches a script context; the page's CSP admits exactly this script by hash.
 */
export const SCRIPT = `(() => {
  const tip = document.getElementById('tip');
  // One tooltip for hover and keyboard focus alike: native titles become data-tip.
  for (const el of document.querySelectorAll('.text [title]')) { el.dataset.tip = el.title; el.removeAttribute('title'); }
  const show = (el) => {
    const lines = [];
    for (let e = el; e; e = e.parentElement && e.parentElement.closest('[data-tip]')) lines.push(e.dataset.tip);
    // One block per layer, innermost first; textContent keeps the values text.
    tip.replaceChildren(...lines.map((l) => { const d = document.createElement('div'); d.textContent = l; return d; }));
    tip.hidden = false;
    const r = el.getBoundingClientRect(), t = tip.getBoundingClientRect();
    const below = r.bottom + 6 + t.height < innerHeight;
    tip.style.top = Math.max(4, below ? r.bottom + 6 : r.top - 6 - t.height) + 'px';
    tip.style.left = Math.max(4, Math.min(r.left, innerWidth - t.width - 8)) + 'px';
  };
  const hide = () => { tip.hidden = true; };
  const tipOf = (n) => n instanceof Element ? n.closest('[data-tip]') : null;
  document.addEventListener('mouseover', (e) => { const el = tipOf(e.target); el ? show(el) : hide(); });
  document.addEventListener('focusin', (e) => { const el = tipOf(e.target); el ? show(el) : hide(); });
  document.addEventListener('focusout', hide);
  document.addEventListener('scroll', hide, true);
  const timers = new WeakMap();
  const go = (g) => {
    const els = [];
    for (const k of g.dataset.go.split(' ')) if (k) els.push(...document.querySelectorAll('[data-k="' + k + '"]'));
    if (!els.length) return;
    els.sort((a, b) => a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1);
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    els[0].scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
    for (const el of els) {
      el.classList.remove('flash');
      void el.offsetWidth; // restart the animation when clicked twice
      el.classList.add('flash');
      clearTimeout(timers.get(el));
      timers.set(el, setTimeout(() => el.classList.remove('flash'), 2000));
    }
  };
  document.addEventListener('click', (e) => {
    const t = e.target instanceof Element ? e.target : null;
    const g = t && t.closest('[data-go]');
    if (g) { go(g); return; }
    const b = t && t.closest('[data-toggle]');
    if (b) {
      const on = b.getAttribute('aria-pressed') !== 'true';
      b.setAttribute('aria-pressed', String(on));
      document.body.classList.toggle('off-' + b.dataset.toggle, !on);
    }
  });
  document.addEventListener('keydown', (e) => {
    if ((e.key === 'Enter' || e.key === ' ') && e.target instanceof Element && e.target.matches('[data-go]')) { e.preventDefault(); go(e.target); }
  });
})();`;

/** base64 SHA-256 of SCRIPT, for the page's Content-Security-Policy (a test keeps it current). */
export const SCRIPT_SHA256 = 'AmmjRkqlfkiBPvmafmMPmhYBWDsTe+vmbGzBEtug3AM=';
