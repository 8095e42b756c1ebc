// The receipt's copy button: shown only where a script runs; without one the code and key are still on the page.
(function () {
  var button = document.getElementById('copy-receipt');
  if (!button) return;
  var result = document.getElementById('copy-result');
  button.hidden = false;
  button.addEventListener('click', function () {
    var text = button.getAttribute('data-copy');
    var done = function () { result.textContent = button.getAttribute('data-done'); };
    var failed = function () { result.textContent = button.getAttribute('data-failed'); };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, failed);
      return;
    }
    // Plain HTTP on an intranet has no clipboard API: the old way still works in most phone browsers.
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    try { (document.execCommand('copy') ? done : failed)(); } catch (e) { failed(); }
    document.body.removeChild(area);
  });
})();
