// The 通报 text's copy button: shown only where a script runs; without one the text can still be selected by hand.
(function () {
  var button = document.getElementById('copy-notice');
  var area = document.getElementById('notice-text');
  if (!button || !area) return;
  var result = document.getElementById('copy-result');
  button.hidden = false;
  button.addEventListener('click', function () {
    var done = function () { result.textContent = button.getAttribute('data-done'); };
    var failed = function () { result.textContent = button.getAttribute('data-failed'); };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(area.value).then(done, failed);
      return;
    }
    // Plain HTTP on an intranet has no clipboard API: selecting the text and copying still works in most browsers.
    area.select();
    try { (document.execCommand('copy') ? done : failed)(); } catch (e) { failed(); }
  });
})();
