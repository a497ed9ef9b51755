// The visit summary's "Print this page" button (inline scripts are not allowed by the CSP).
document.querySelectorAll("[data-print]").forEach((button) => {
  button.addEventListener("click", () => window.print());
});
