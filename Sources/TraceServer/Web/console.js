// The console's one convenience script: buttons to open or fold every hop of a trace tree. Everything else works
// without it (the hops fold with <details>, the lists and forms are plain HTML).
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
