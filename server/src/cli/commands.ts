// Registers the commands that live in their own modules (language server, web server, report).
export {};
