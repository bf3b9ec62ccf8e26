// When the login has ended, PrimeFaces AJAX requests get 401 from the security layer and would do
// nothing; show the page that says so, from where the user signs in again through Keycloak.
(function () {
  if (window.jQuery) {
    jQuery(document).on('pfAjaxError', function (e, xhr) {
      if (xhr && xhr.status === 401) {
        window.location.assign('/session-ended.html');
      }
    });
  }
})();
