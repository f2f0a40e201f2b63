// Loaded first on the host pages: keeps every CSP / Trusted Types violation and every uncaught
// error, so the test in the parent frame can say exactly what was blocked.
window.kwViolations = [];
window.kwErrors = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.kwViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`);
});
window.addEventListener('error', (event) => window.kwErrors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.kwErrors.push(String(event.reason)));
