-- Headless Neovim (0.7+) as an LSP client of the factcheck server, for test/lsp/neovim.test.ts:
--   FACTCHECK_SERVER=dist/server.js FACTCHECK_ROOT=<workspace> FACTCHECK_SETTINGS=<json> FACTCHECK_OUT=<file> \
--     nvim --headless -u test/nvim/init.lua <workspace>/draft.md
-- Opens the draft, waits for the server's diagnostics and writes them as JSON to FACTCHECK_OUT, then quits.
-- The client setup is the README's Neovim configuration, with settings and paths from the environment.
local server = assert(os.getenv('FACTCHECK_SERVER'), 'FACTCHECK_SERVER is not set')
local root = assert(os.getenv('FACTCHECK_ROOT'), 'FACTCHECK_ROOT is not set')
local out = assert(os.getenv('FACTCHECK_OUT'), 'FACTCHECK_OUT is not set')
local settings = vim.fn.json_decode(os.getenv('FACTCHECK_SETTINGS') or '{}')

local function write(result)
  local file = assert(io.open(out, 'w'))
  file:write(vim.fn.json_encode(result))
  file:close()
end

vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'markdown', 'text' },
  callback = function(args)
    -- vim.lsp.start_client + buf_attach_client work from 0.7 on (vim.lsp.start is 0.8+).
    local client_id = vim.lsp.start_client({
      name = 'factcheck',
      cmd = { 'node', server, '--stdio' },
      root_dir = root,
      workspace_folders = { { name = 'workspace', uri = vim.uri_from_fname(root) } },
      settings = settings,
    })
    vim.lsp.buf_attach_client(args.buf, client_id)
  end,
})

vim.api.nvim_create_autocmd('VimEnter', {
  callback = function()
    local buf = vim.api.nvim_get_current_buf()
    local ok = vim.wait(15000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
    local diagnostics = {}
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      table.insert(diagnostics, { line = d.lnum + 1, column = d.col + 1, severity = d.severity, code = d.code, message = d.message, source = d.source })
    end
    write({ timedOut = not ok, diagnostics = diagnostics })
    vim.cmd('qa!')
  end,
})
