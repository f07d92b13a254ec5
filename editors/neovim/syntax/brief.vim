" Vim syntax file (Vim and Neovim)
" Language: brief (a document whose claims rest on notes and a bibliography; see brief-lsp)
" Colours note markers ([1], [^label]), note definitions, quoted titles, Ibid. and
" bibliography entries (`Surname, Given. 2015. “Title.” Publication, date.`).

if exists('b:current_syntax')
  finish
endif

" A quoted title, curly or straight.
syn match briefTitle /“[^”]*”/ contained
syn match briefTitle /"[^"]*"/ contained
" Ibid. and its usual misspellings, which the server flags.
syn match briefIbid /\<\%([Ii]bid\|[Ii]bdi\|[Ii]bib\|[Ii]dib\)\>\.\=/ contained

" A note marker in running text.
syn match briefMarker /\[\%(\d\+\|\^[^]\t ]\+\)\]/

" A note definition: `[n] text` or `[^label]: text`, up to the next blank line.
syn match briefNoteLabel /^\[\%(\d\+\|\^[^]\t ]\+\)\]:\=/ contained
syn region briefNote start=/^\[\%(\d\+\|\^[^]\t ]\+\)\]:\=\s/ end=/^\s*$/
      \ contains=briefNoteLabel,briefTitle,briefIbid

" A bibliography entry: authors, then the year, on a line of its own.
syn match briefAuthor /^[^[ \t].\{-}\.\ze\s\+[12]\d\{3}\a\=\./ contained
syn match briefYear /\s\zs[12]\d\{3}\a\=\ze\./ contained
syn match briefEntry /^[^[ \t].\{-}\.\s\+[12]\d\{3}\a\=\..*$/
      \ contains=briefAuthor,briefYear,briefTitle

hi def link briefMarker    Constant
hi def link briefNoteLabel Label
hi def link briefTitle     String
hi def link briefIbid      Keyword
hi def link briefAuthor    Identifier
hi def link briefYear      Number

let b:current_syntax = 'brief'
