// The console's conveniences: buttons to open or fold every hop of a trace tree, and a filter that applies as soon
// as the least severity is chosen. Everything works without them (the hops fold with <details>, the lists and
// forms are plain HTML with a submit button).
const tree = document.getElementById('tree');
if (tree) {
  for (const [id, open] of [['expand-all', true], ['collapse-all', false]]) {
    const button = document.getElementById(id);
    button.hidden = false;
    button.addEventListener('click', () => {
      for (const hop of tree.querySelectorAll('details')) hop.open = open;
    });
  }
}
const severity = document.getElementById('severity');
if (severity) severity.addEventListener('change', () => severity.form.submit());
