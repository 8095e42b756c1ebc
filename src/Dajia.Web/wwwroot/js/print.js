// A button marked data-print prints the page (inline handlers are refused by the Content-Security-Policy).
document.querySelectorAll("[data-print]").forEach(b => b.addEventListener("click", () => window.print()));
