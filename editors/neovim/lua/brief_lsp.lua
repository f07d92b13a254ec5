-- brief-lsp for Neovim: filetype `brief` for *.brief files, the Vim syntax file beside this
-- folder, and the language server for brief, plain-text and Markdown buffers.
--
-- Works on Neovim 0.7 (Debian 12) and on current releases: `vim.lsp.start` (0.8+) is used
-- where it exists, and `vim.lsp.start_client` + `vim.lsp.buf_attach_client` otherwise.
local M = {}

-- Filetypes the server is started for, and the LSP languageId each is sent as
-- (the server reads `plaintext` and `brief` as plain briefs, `markdown` as Markdown).
local language_ids = { brief = 'brief', text = 'plaintext', markdown = 'markdown' }

local defaults = {
  -- The server command: $BRIEF_LSP if set, else `brief-lsp` on PATH.
  cmd = { os.getenv('BRIEF_LSP') or 'brief-lsp' },
  filetypes = { 'brief', 'text', 'markdown' },
}

local options = defaults

-- Client ids by workspace root, for Neovim 0.7 where nothing reuses clients for us.
local clients_by_root = {}

local function root_dir(bufnr)
  local name = vim.api.nvim_buf_get_name(bufnr)
  local dir = name ~= '' and vim.fn.fnamemodify(name, ':p:h') or vim.fn.getcwd()
  -- `.git` is a directory in a clone and a file in a worktree.
  local git_dir = vim.fn.finddir('.git', dir .. ';')
  if git_dir ~= '' then
    return vim.fn.fnamemodify(git_dir, ':p:h:h')
  end
  local git_file = vim.fn.findfile('.git', dir .. ';')
  if git_file ~= '' then
    return vim.fn.fnamemodify(git_file, ':p:h')
  end
  return dir
end

local function client_config(root)
  return {
    name = 'brief-lsp',
    cmd = options.cmd,
    root_dir = root,
    get_language_id = function(_, filetype)
      return language_ids[filetype] or filetype
    end,
  }
end

--- Starts the server for `bufnr` (or reuses the one running for its root) and attaches it.
function M.attach(bufnr)
  bufnr = bufnr or vim.api.nvim_get_current_buf()
  local root = root_dir(bufnr)
  if vim.lsp.start then
    return vim.lsp.start(client_config(root), { bufnr = bufnr })
  end
  local id = clients_by_root[root]
  local client = id and vim.lsp.get_client_by_id(id)
  if not client or client.is_stopped() then
    id = vim.lsp.start_client(client_config(root))
    clients_by_root[root] = id
  end
  if id then
    vim.lsp.buf_attach_client(bufnr, id)
  end
  return id
end

--- Sets up brief-lsp. `opts.cmd` (list of strings) overrides the server command;
--- `opts.filetypes` the filetypes it is started for.
function M.setup(opts)
  options = vim.tbl_extend('force', defaults, opts or {})
  local group = vim.api.nvim_create_augroup('brief_lsp', { clear = true })
  vim.api.nvim_create_autocmd({ 'BufRead', 'BufNewFile' }, {
    group = group,
    pattern = '*.brief',
    command = 'set filetype=brief',
  })
  if #options.filetypes == 0 then
    return
  end
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = options.filetypes,
    callback = function(args)
      -- Only buffers that hold a file: help pages and scratch buffers are `text` too.
      if vim.bo[args.buf].buftype == '' then
        M.attach(args.buf)
      end
    end,
  })
end

return M
