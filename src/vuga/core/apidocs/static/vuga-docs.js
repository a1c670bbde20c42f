// Starts Swagger UI on the element that names the spec's address. A file rather than an inline script, so
// the docs page needs no 'unsafe-inline' in its Content-Security-Policy.
window.addEventListener("DOMContentLoaded", function () {
  var root = document.getElementById("swagger-ui");
  window.ui = SwaggerUIBundle({
    url: root.dataset.specUrl,
    domNode: root,
    deepLinking: true,
    showExtensions: true,
    showCommonExtensions: true,
    persistAuthorization: true,
    // The default sends the spec to a public validator service: nothing leaves the machine.
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis],
  });
});
