// 举报 and 投诉 are worded differently (举报人 / 投诉人, 我要举报 / 我要投诉), and a complaint is never anonymous. The server
// words the page for the kind it was sent; this follows a change of kind before sending.
(function () {
  var form = document.querySelector('form[data-kind-form]');
  if (!form) return;
  var kind = function () {
    var chosen = form.querySelector('input[name="Kind"]:checked') || form.querySelector('select[name="Kind"]');
    return chosen ? chosen.value : 'Report';
  };
  var apply = function () {
    var complaint = kind() === 'Complaint';
    document.querySelectorAll('[data-complaint]').forEach(function (el) {
      el.textContent = el.getAttribute(complaint ? 'data-complaint' : 'data-report');
    });
    form.querySelectorAll('[data-anonymous]').forEach(function (anonymous) {
      if (complaint && anonymous.checked) {
        var real = form.querySelector('[data-real-name]');
        if (real) real.checked = true;
      }
      anonymous.disabled = complaint;
      anonymous.closest('label').hidden = complaint;
    });
  };
  form.addEventListener('change', function (e) { if (e.target.name === 'Kind') apply(); });
})();
