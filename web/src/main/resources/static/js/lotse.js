// Sends Spring Security's CSRF token with every htmx request, and lets htmx show the fragments
// the server answers refused forms with (422 invalid input, 409 a broken pathway rule).
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// A session that ended answers htmx with the login page; show it as a whole page instead.
document.addEventListener('htmx:beforeSwap', function (event) {
  var url = event.detail.xhr.responseURL || '';
  if (url.indexOf('/login') !== -1) {
    event.detail.shouldSwap = false;
    window.location.assign(url);
  }
});

// After a swap, move the focus to the first alert or notice so keyboard and screen-reader users hear the outcome.
document.addEventListener('htmx:afterSettle', function (event) {
  var message = event.detail.elt.querySelector('.alert, .notice');
  if (message) {
    message.setAttribute('tabindex', '-1');
    message.focus();
  }
});

htmx.config.responseHandling = [
  {code: '204', swap: false},
  {code: '[23]..', swap: true},
  {code: '409', swap: true},
  {code: '422', swap: true},
  // The database is out of reach: the error page's text replaces the page, so the user is told.
  {code: '503', swap: true, target: '#main', select: '#main', swapOverride: 'outerHTML'},
  {code: '[45]..', swap: false, error: true},
  {code: '...', swap: false}
];
