// Hotwire Turbo Drive on the host pages turbo-a.html and turbo-b.html: links become fetches that
// swap the body, keeping elements marked data-turbo-permanent. Turbo starts itself and sets window.Turbo.
import '@hotwired/turbo';
