;;; brief-mode.el --- Major mode and eglot set-up for brief-lsp  -*- lexical-binding: t; -*-

;; Works with Emacs 28 + the eglot package (Debian 12: emacs-nox, elpa-eglot) and with
;; Emacs 29 and later, where eglot is built in.

;;; Commentary:

;; `brief-mode' is `text-mode' for *.brief files, with note markers ([1], [^label]), note
;; definitions and bibliography entries coloured.  `brief-lsp-setup' registers brief-lsp with
;; eglot for brief, plain-text and Markdown buffers and starts it when such a buffer visits a
;; file.  Usage (see README.md beside this file):
;;
;;   (add-to-list 'load-path "/path/to/brief-lsp/editors/emacs")
;;   (require 'brief-mode)
;;   (brief-lsp-setup)

;;; Code:

(require 'seq)

(defgroup brief nil
  "Briefs: documents whose claims rest on notes and a bibliography."
  :group 'text)

(defcustom brief-lsp-command
  (list (or (getenv "BRIEF_LSP") "brief-lsp"))
  "Command line that starts the brief-lsp server on stdio.
Defaults to $BRIEF_LSP when that is set, else `brief-lsp' on `exec-path'."
  :type '(repeat string))

(defcustom brief-lsp-modes '(brief-mode text-mode markdown-mode gfm-mode)
  "Major modes whose file buffers `brief-lsp-setup' connects to the server.
Exact modes only: modes derived from these (Org, for one) are left alone."
  :type '(repeat symbol))

(defface brief-marker-face '((t :inherit font-lock-constant-face))
  "Face for note markers such as [1] and [^label].")

(defface brief-note-label-face '((t :inherit font-lock-keyword-face))
  "Face for the label that opens a note definition.")

(defface brief-bibliography-author-face '((t :inherit font-lock-function-name-face))
  "Face for the author part of a bibliography entry.")

(defface brief-title-face '((t :inherit font-lock-string-face))
  "Face for quoted titles in notes and bibliography entries.")

(defconst brief-font-lock-keywords
  `(;; A note definition: `[n]' or `[^label]:' at the start of a line.
    ("^\\(\\[\\(?:[0-9]+\\|\\^[^]\n]+\\)\\]:?\\)[ \t]" 1 'brief-note-label-face)
    ;; A bibliography entry: `Surname, Given. 2015.' or `NAME. 2015.' opening a line.
    ("^\\([^[ \t\n][^\n]*?\\)\\.[ \t]+[12][0-9][0-9][0-9][a-z]?\\."
     1 'brief-bibliography-author-face)
    ;; Quoted titles, curly or straight.
    ("“[^”\n]*”" 0 'brief-title-face)
    ;; Note markers inside running text.
    ("\\[\\(?:[0-9]+\\|\\^[^]\n]+\\)\\]" 0 'brief-marker-face))
  "Font-lock rules of `brief-mode'.")

;;;###autoload
(define-derived-mode brief-mode text-mode "Brief"
  "Major mode for briefs: prose with note markers, notes and a bibliography."
  (setq-local font-lock-defaults '(brief-font-lock-keywords)))

;;;###autoload
(add-to-list 'auto-mode-alist '("\\.brief\\'" . brief-mode))

(defun brief-lsp--contact (&optional _interactive)
  "The server command for eglot: `brief-lsp-command', read when a server starts."
  brief-lsp-command)

(defun brief-lsp--register ()
  "Register brief-lsp in `eglot-server-programs'.
`brief-mode' and `markdown-mode' come before `text-mode', which both derive from, so each
keeps its own language id (`brief', `markdown'; plain text is sent as `plaintext')."
  (defvar eglot-server-programs)
  ;; Each entry is a list of (MODE :language-id ID) specs, the form every eglot reads alike.
  (dolist (modes '(((text-mode :language-id "plaintext"))
                   ((markdown-mode :language-id "markdown")
                    (gfm-mode :language-id "markdown"))
                   ((brief-mode :language-id "brief"))))
    (add-to-list 'eglot-server-programs (cons modes #'brief-lsp--contact))))

(defun brief-lsp-maybe-start ()
  "Start brief-lsp for this buffer if it visits a file in one of `brief-lsp-modes'."
  (when (and buffer-file-name (memq major-mode brief-lsp-modes))
    (eglot-ensure)))

;;;###autoload
(defun brief-lsp-setup ()
  "Use brief-lsp in brief, plain-text and Markdown buffers (see `brief-lsp-modes')."
  (require 'eglot)
  (brief-lsp--register)
  ;; `text-mode-hook' also runs for `brief-mode' and `markdown-mode', which derive from it.
  (add-hook 'text-mode-hook #'brief-lsp-maybe-start))

(provide 'brief-mode)
;;; brief-mode.el ends here
