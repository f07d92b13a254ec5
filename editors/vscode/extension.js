// VS Code client for brief-lsp: starts the server on stdio for brief, plain-text and
// Markdown documents (setting `brief.languages`).
'use strict';

const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

function serverCommand() {
  const configured = vscode.workspace.getConfiguration('brief').get('server.path');
  return configured || process.env.BRIEF_LSP || 'brief-lsp';
}

async function activate(context) {
  const languages = vscode.workspace.getConfiguration('brief').get('languages');
  const documentSelector = [];
  for (const language of languages) {
    documentSelector.push({ scheme: 'file', language }, { scheme: 'untitled', language });
  }
  client = new LanguageClient(
    'brief-lsp',
    'Brief',
    { command: serverCommand(), args: ['--stdio'] },
    { documentSelector }
  );
  context.subscriptions.push({ dispose: () => client && client.stop() });
  await client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
