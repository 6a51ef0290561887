// Progressive enhancement only: every control works as a plain link or GET
// form without this file.
document.addEventListener("change", function (e) {
  if (e.target.classList && e.target.classList.contains("autosubmit") && e.target.form) {
    e.target.form.submit();
  }
});
