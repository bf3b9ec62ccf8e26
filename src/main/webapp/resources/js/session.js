// When the login has ended, PrimeFaces AJAX requests get 401/302 from the security layer and
// would do nothing; reload the page so the user goes through Keycloak again.
(function () {
  if (window.jQuery) {
    jQuery(document).on('pfAjaxError', function (e, xhr) {
      if (xhr && xhr.status === 401) {
        window.location.reload();
      }
    });
  }
})();
