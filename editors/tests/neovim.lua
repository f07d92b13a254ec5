-- End-to-end check of brief-lsp in a real Neovim, through editors/neovim exactly as its
-- README sets it up. Run from the repository root by editors/tests/run:
--   BRIEF_LSP=.build/release/brief-lsp nvim --headless --clean -c 'luafile editors/tests/neovim.lua'
-- Prints one line per check and exits non-zero when any check fails.
-- Works on Neovim 0.7 (Debian 12) and later.

local root = vim.fn.getcwd()
local timeout_ms = tonumber(os.getenv('BRIEF_EDITOR_TIMEOUT_MS') or '') or 30000
local failed, passed = 0, 0

local function check(name, ok, detail)
  if ok then
    passed = passed + 1
    io.stdout:write('neovim: ok   ' .. name .. '\n')
  else
    failed = failed + 1
    io.stdout:write('neovim: FAIL ' .. name .. ': ' .. tostring(detail) .. '\n')
  end
end

local function finish()
  -- get_clients is 0.10+; get_active_clients, older, warns there.
  vim.lsp.stop_client(vim.lsp.get_clients and vim.lsp.get_clients() or vim.lsp.get_active_clients())
  io.stdout:write(string.format('neovim: %d passed, %d failed\n', passed, failed))
  io.stdout:flush()
  vim.cmd(failed == 0 and 'qall!' or 'cquit! 1')
end

local function buffer_clients(bufnr)
  if vim.lsp.get_clients then
    return vim.lsp.get_clients({ bufnr = bufnr })
  end
  return vim.tbl_values(vim.lsp.buf_get_clients(bufnr))
end

-- First line (0-based) matching a Lua pattern, and the byte column of the match.
local function find(bufnr, pattern, from_line)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, from_line or 0, -1, false)) do
    local col = line:find(pattern)
    if col then
      return (from_line or 0) + i - 1, col - 1
    end
  end
end

local function floating_text()
  for _, win in ipairs(vim.api.nvim_list_wins()) do
    if vim.api.nvim_win_get_config(win).relative ~= '' then
      local buf = vim.api.nvim_win_get_buf(win)
      return table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n'), win
    end
  end
end

-- The configuration under test, as editors/neovim/README.md shows it.
vim.opt.runtimepath:append(root .. '/editors/neovim')
require('brief_lsp').setup()

vim.cmd('edit ' .. vim.fn.fnameescape(root .. '/examples/seed-brief.txt'))
local buf = vim.api.nvim_get_current_buf()

local attached = vim.wait(timeout_ms, function() return #buffer_clients(buf) > 0 end, 20)
check('server attached to the seed buffer', attached, 'no brief-lsp client after ' .. timeout_ms .. ' ms')
if not attached then
  return finish()
end

-- 1. BRF011 on `Ibdi.` in note 4.
local note4 = find(buf, '^%[4%]')
local ibdi_line, ibdi_col = find(buf, 'Ibdi%.', note4 or 0)
local function brf011()
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.code == 'BRF011' then
      return d
    end
  end
end
vim.wait(timeout_ms, function() return brf011() ~= nil end, 20)
local d = brf011()
if not d then
  local seen = {}
  for _, other in ipairs(vim.diagnostic.get(buf)) do
    seen[#seen + 1] = string.format('%s@%d:%d', tostring(other.code), other.lnum + 1, other.col + 1)
  end
  check('BRF011 warning on Ibdi. in note 4', false, 'no BRF011 diagnostic; got {' .. table.concat(seen, ', ') .. '}')
else
  local ok = d.lnum == ibdi_line and d.col == ibdi_col
    and d.severity == vim.diagnostic.severity.WARN and d.source == 'brief'
  check('BRF011 warning on Ibdi. in note 4 (line ' .. (ibdi_line + 1) .. ')', ok,
    string.format('expected warning from "brief" at %d:%d, got severity %s source %s at %d:%d',
      ibdi_line + 1, ibdi_col + 1, tostring(d.severity), tostring(d.source), d.lnum + 1, d.col + 1))
end

-- 2. Hover on the first marker [1] in the body shows the Gordon source and its title.
local m1_line, m1_col = find(buf, '.%[1%]')
vim.api.nvim_win_set_cursor(0, { m1_line + 1, m1_col + 2 })
vim.lsp.buf.hover()
vim.wait(timeout_ms, function() return floating_text() ~= nil end, 20)
local hover, hover_win = floating_text()
-- The title twice: once in the note's own text, once in the source it resolved to.
local title = 'Russia Surprises US with Accord with Battling ISIS'
local _, titles = (hover or ''):gsub(vim.pesc(title), '')
check('hover on [1] (line ' .. (m1_line + 1) .. ') shows the Gordon source and its title',
  hover ~= nil and hover:lower():find('gordon', 1, true) ~= nil and titles >= 2,
  hover and ('expected Gordon and the title in the note and its source; hover text was: ' .. hover)
    or 'no hover window opened')
if hover_win then
  vim.api.nvim_win_close(hover_win, true)
end

-- 3. Go to definition on marker [7] moves the cursor to note 7.
local m7_line, m7_col = find(buf, '.%[7%]')
local note7 = find(buf, '^%[7%]')
vim.api.nvim_win_set_cursor(0, { m7_line + 1, m7_col + 2 })
vim.lsp.buf.definition()
vim.wait(timeout_ms, function() return vim.api.nvim_win_get_cursor(0)[1] ~= m7_line + 1 end, 20)
local at = vim.api.nvim_win_get_cursor(0)[1]
check('definition on [7] (line ' .. (m7_line + 1) .. ') jumps to note 7 (line ' .. ((note7 or -1) + 1) .. ')',
  vim.api.nvim_get_current_buf() == buf and note7 ~= nil and at == note7 + 1,
  'cursor is on line ' .. at .. ' of ' .. vim.api.nvim_buf_get_name(0))

finish()
