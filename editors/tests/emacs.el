;;; emacs.el --- End-to-end check of brief-lsp in a real Emacs with eglot  -*- lexical-binding: t; -*-

;; Loads editors/emacs exactly as its README sets it up, opens the seed brief, and checks the
;; diagnostic, hover and definition the server gives through eglot.  Run from the repository
;; root by editors/tests/run:
;;   BRIEF_LSP=.build/release/brief-lsp emacs --batch -l editors/tests/emacs.el
;; Prints one line per check and exits non-zero when any check fails.
;; Works with Emacs 28 + elpa-eglot (Debian 12) and with Emacs 29+ (eglot built in).

;;; Code:

(require 'cl-lib)

(defvar brief-test-root (file-name-as-directory default-directory))
(defvar brief-test-timeout
  (/ (string-to-number (or (getenv "BRIEF_EDITOR_TIMEOUT_MS") "30000")) 1000.0))
(defvar brief-test-passed 0)
(defvar brief-test-failed 0)

(defun brief-test-check (name ok detail)
  "Print the outcome of check NAME; DETAIL says what went wrong when OK is nil."
  (if ok
      (progn (cl-incf brief-test-passed) (princ (format "emacs: ok   %s\n" name)))
    (cl-incf brief-test-failed)
    (princ (format "emacs: FAIL %s: %s\n" name detail))))

(defun brief-test-wait (predicate)
  "Poll PREDICATE while Emacs handles server output; its value, or nil after the timeout."
  (let ((deadline (+ (float-time) brief-test-timeout))
        (value nil))
    (while (and (not (setq value (funcall predicate)))
                (< (float-time) deadline))
      (accept-process-output nil 0.05))
    value))

(defun brief-test-finish ()
  "Shut the server down, print the totals and exit with the outcome."
  (let ((server (ignore-errors (eglot-current-server))))
    (when server (ignore-errors (eglot-shutdown server nil 3))))
  (princ (format "emacs: %d passed, %d failed\n" brief-test-passed brief-test-failed))
  (kill-emacs (if (= brief-test-failed 0) 0 1)))

(defun brief-test-find (regexp &optional after)
  "Position of the first match of REGEXP, searching from the first match of AFTER if given."
  (save-excursion
    (goto-char (point-min))
    (when after (re-search-forward after))
    (and (re-search-forward regexp nil t) (match-beginning 0))))

(defmacro brief-test-guard (name &rest body)
  "Run BODY; an error in it fails check NAME instead of ending the run."
  (declare (indent 1))
  `(condition-case err (progn ,@body)
     (error (brief-test-check ,name nil (format "error: %S" err)))))

;; The configuration under test, as editors/emacs/README.md shows it.
(add-to-list 'load-path (expand-file-name "editors/emacs" brief-test-root))
(require 'brief-mode)
(brief-lsp-setup)

(find-file (expand-file-name "examples/seed-brief.txt" brief-test-root))
;; `eglot-ensure' connects after the command that visited the file; batch Emacs has no
;; command loop, so run what it would run.
(run-hooks 'post-command-hook)

(let ((attached (brief-test-wait (lambda () (bound-and-true-p eglot--managed-mode)))))
  (brief-test-check "server attached to the seed buffer" attached
                    (format "eglot is not managing %s (mode %s) after %ss"
                            (buffer-name) major-mode brief-test-timeout))
  (unless attached (brief-test-finish)))

;; 1. BRF011 on `Ibdi.' in note 4.
(brief-test-guard "BRF011 warning on Ibdi. in note 4"
  (let* ((ibdi (brief-test-find "Ibdi\\." "^\\[4\\]"))
         (line (line-number-at-pos ibdi))
         (name (format "BRF011 warning on Ibdi. in note 4 (line %d)" line))
         (brf011 (lambda ()
                   ;; Flymake asks eglot for the diagnostics it has received.
                   (flymake-start)
                   (seq-find (lambda (d) (string-match-p "BRF011" (flymake-diagnostic-text d)))
                             (flymake-diagnostics))))
         (d (brief-test-wait brf011)))
    (if (not d)
        (brief-test-check name nil
                          (format "no BRF011 diagnostic; got %S"
                                  (mapcar (lambda (d)
                                            (format "%s@%d" (flymake-diagnostic-text d)
                                                    (line-number-at-pos (flymake-diagnostic-beg d))))
                                          (flymake-diagnostics))))
      (let ((beg (flymake-diagnostic-beg d))
            (category (get (flymake-diagnostic-type d) 'flymake-category))
            (text (flymake-diagnostic-text d)))
        (brief-test-check name
                          (and (= beg ibdi) (eq category 'flymake-warning)
                               (string-prefix-p "brief" text)
                               (string-prefix-p "Ibdi" (buffer-substring beg (flymake-diagnostic-end d))))
                          (format "expected a warning from brief on %S at line %d, got %s %S on %S at line %d"
                                  "Ibdi." line category text
                                  (buffer-substring beg (flymake-diagnostic-end d))
                                  (line-number-at-pos beg)))))))

;; 2. Hover on the first marker [1] in the body shows the Gordon source and its title.
(brief-test-guard "hover on [1] shows the Gordon source and its title"
  (let* ((marker (brief-test-find ".\\(\\[1\\]\\)"))
         (name (format "hover on [1] (line %d) shows the Gordon source and its title"
                       (line-number-at-pos marker)))
         (title "Russia Surprises US with Accord with Battling ISIS")
         (hover nil))
    (goto-char (+ marker 2))
    ;; eglot's hover is the eldoc documentation function that shows it in the echo area.
    (eglot-hover-eldoc-function (lambda (info &rest _) (setq hover (or info ""))))
    (brief-test-wait (lambda () hover))
    ;; The title twice: once in the note's own text, once in the source it resolved to.
    (brief-test-check name
                      (and hover (string-match-p "gordon" (downcase hover))
                           (>= (with-temp-buffer
                                 (insert hover)
                                 (how-many (regexp-quote title) (point-min) (point-max)))
                               2))
                      (if hover
                          (format "expected Gordon and the title in the note and its source; hover text was: %s" hover)
                        "no hover arrived"))))

;; 3. Go to definition on marker [7] moves the cursor to note 7.
(brief-test-guard "definition on [7] jumps to note 7"
  (let* ((buffer (current-buffer))
         (marker (brief-test-find ".\\(\\[7\\]\\)"))
         (note (line-number-at-pos (brief-test-find "^\\[7\\]")))
         (name (format "definition on [7] (line %d) jumps to note 7 (line %d)"
                       (line-number-at-pos marker) note)))
    (goto-char (+ marker 2))
    (xref-find-definitions (xref-backend-identifier-at-point (xref-find-backend)))
    (brief-test-check name
                      (and (eq (current-buffer) buffer) (= (line-number-at-pos) note))
                      (format "point is on line %d of %s" (line-number-at-pos) (buffer-name)))))

(brief-test-finish)
;;; emacs.el ends here
