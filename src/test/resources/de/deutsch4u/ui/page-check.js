// The layout part of the page check (contract §9), run in the page by PageCheck.java.
// arguments[0]: the element to check (a dialog) or null for the whole page.
// Returns findings as strings "<check>: <selector> <what>", at most a few per check so that output stays readable.
const scope = arguments[0] || document.body;
const inDialog = !!arguments[0];
const findings = [];
const root = document.documentElement;

function describe(e) {
  const parts = [];
  while (e && e.nodeType === 1 && parts.length < 4) {
    if (e.id) { parts.unshift('#' + e.id); break; }
    let part = e.tagName.toLowerCase();
    const classes = [...e.classList].filter(c => !c.startsWith('ui-state-')).slice(0, 2);
    if (classes.length) part += '.' + classes.join('.');
    parts.unshift(part);
    e = e.parentElement;
  }
  return parts.join(' > ');
}

function label(e) {
  const text = (e.getAttribute('aria-label') || e.innerText || e.value || e.title || '').trim().replace(/\s+/g, ' ');
  return text ? ' "' + text.slice(0, 30) + '"' : '';
}

// The first line box: the centre of a link that wraps over two lines may lie beside both lines.
function box(e) {
  return [...e.getClientRects()].find(r => r.width >= 2 && r.height >= 2) || e.getBoundingClientRect();
}

function shown(e) {
  const r = e.getBoundingClientRect();
  if (r.width < 2 || r.height < 2) return false;
  // Moved out of sight on purpose until focused (skip link): left of or above the page.
  if (r.right + scrollX <= 0 || r.bottom + scrollY <= 0) return false;
  const style = getComputedStyle(e);
  if (style.visibility === 'hidden' || style.pointerEvents === 'none') return false;
  return !e.closest('.ui-helper-hidden-accessible, [aria-hidden="true"]');
}

// (a) no horizontal scrolling; name the outermost elements that stick out.
if (!inDialog && root.scrollWidth > root.clientWidth) {
  const width = root.clientWidth;
  const outermost = [...document.body.querySelectorAll('*')].filter(e => {
    const r = e.getBoundingClientRect();
    const parent = e.parentElement.getBoundingClientRect();
    return r.right > width + 1 && parent.right <= width + 1 && getComputedStyle(e).position !== 'fixed';
  });
  findings.push('horizontal scrolling: page is ' + root.scrollWidth + ' px wide for a window of ' + width
      + ' px; too wide: ' + outermost.slice(0, 3).map(e => describe(e) + ' (right edge ' + Math.round(e.getBoundingClientRect().right) + ' px)').join(', '));
}

// (b) no control covered by another: the element at a control's centre is the control, inside it or its label.
const controls = [...scope.querySelectorAll('button, a[href], input:not([type=hidden]), select, textarea, '
    + '[role=button], [role=checkbox], [role=radio], [role=combobox], [role=link], .ui-chkbox-box, .ui-radiobutton-box')]
    .filter(shown);
function hit(e) {
  const r = box(e);
  const x = r.left + r.width / 2, y = r.top + r.height / 2;
  if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return undefined;
  const h = document.elementFromPoint(x, y);
  if (h && (h === e || e.contains(h))) return null;
  if (h && h.closest('label') && h.closest('label').control === e) return null;
  return h;
}
const pending = new Set(controls);
const step = Math.max(200, innerHeight - 100);
for (let y = 0; pending.size && y < root.scrollHeight; y += step) {
  window.scrollTo(0, y);
  for (const e of [...pending]) {
    if (hit(e) === null) pending.delete(e);
  }
}
const covered = [];
for (const e of pending) {
  e.scrollIntoView({block: 'center', inline: 'center'});
  const h = hit(e);
  if (h === null) continue;
  if (h === undefined) {
    if (!inDialog) covered.push('control outside the window: ' + describe(e) + label(e));
  } else {
    covered.push('covered control: ' + describe(e) + label(e) + ' is covered by ' + describe(h) + label(h));
  }
}
findings.push(...covered.slice(0, 8));
if (covered.length > 8) findings.push('... and ' + (covered.length - 8) + ' more covered controls');

// (c) the buttons of an open dialog lie inside the window (after scrolling the dialog, if it scrolls),
// and no control sticks out of the dialog at the side.
if (inDialog) {
  const sides = scope.getBoundingClientRect();
  for (const e of controls) {
    const r = e.getBoundingClientRect();
    if (r.left < sides.left - 1 || r.right > sides.right + 1) {
      findings.push('control sticks out of the dialog: ' + describe(e) + label(e) + ' spans ' + Math.round(r.left)
          + '-' + Math.round(r.right) + ' px, the dialog ' + Math.round(sides.left) + '-' + Math.round(sides.right) + ' px');
    }
  }
  for (const b of scope.querySelectorAll('button, a.ui-button, .ui-dialog-titlebar-close')) {
    if (!shown(b)) continue;
    b.scrollIntoView({block: 'nearest', inline: 'nearest'});
    const r = b.getBoundingClientRect();
    if (r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth) {
      findings.push('dialog button out of reach: ' + describe(b) + label(b) + ' at ' + Math.round(r.left) + ','
          + Math.round(r.top) + '-' + Math.round(r.right) + ',' + Math.round(r.bottom) + ' in a window of '
          + innerWidth + 'x' + innerHeight + ' (dialog ' + Math.round(scope.getBoundingClientRect().height) + ' px high)');
    }
  }
}
window.scrollTo(0, 0);
return findings;
