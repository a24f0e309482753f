// Draws the result indicators (EECR01–EECR06) per gender as a stacked bar chart with Chart.js.
// The table beside it carries the same numbers for anyone who cannot see the chart.
(function () {
  var canvas = document.getElementById('outcome-chart');
  var source = document.getElementById('outcome-data');
  if (!canvas || !source || typeof Chart === 'undefined') {
    return;
  }
  var data = JSON.parse(source.textContent);
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: data.labels,
      datasets: [
        {label: canvas.dataset.women, data: data.women, backgroundColor: '#0b5d7a'},
        {label: canvas.dataset.men, data: data.men, backgroundColor: '#f5a623'},
        {label: canvas.dataset.nonBinary, data: data.nonBinary, backgroundColor: '#7b4bb7'}
      ]
    },
    options: {
      responsive: true,
      animation: false,
      scales: {x: {stacked: true}, y: {stacked: true, beginAtZero: true, ticks: {precision: 0}}}
    }
  });
})();
