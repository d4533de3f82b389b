/**
 * The meeting's three steps in Redis, each one script, so that each is one
 * round trip and runs whole or not at all: no relay ever sees a number
 * taken but not stored, or stored but not published.
 */

/**
 * A presenter's position: KEYS seq, state; ARGV the position's JSON after
 * its opening brace, the lowest number it may take (above any this relay
 * numbered while Redis was away), the channel, the keys' lifetime in ms.
 * Publishes the message followers get, as they get it; returns its number.
 */
export const PUBLISH = `
local seq = redis.call('INCR', KEYS[1])
local floor = tonumber(ARGV[2])
if seq <= floor then
  seq = floor + 1
  redis.call('SET', KEYS[1], seq)
end
local message = '{"type":"state","seq":' .. seq .. ',' .. ARGV[1]
redis.call('PEXPIRE', KEYS[1], ARGV[4])
redis.call('SET', KEYS[2], message, 'PX', ARGV[4])
redis.call('PUBLISH', ARGV[3], message)
return seq
`;

/**
 * A relay joining or coming back: KEYS seq, state; ARGV its own latest
 * message (or ''), that message's number, the channel, the lifetime. If
 * Redis holds a newer position it is returned; if it holds an older one or
 * none (Redis restarted empty), the relay's is stored and published, so
 * that the relays that missed it catch up.
 */
export const RECONCILE = `
local stored = tonumber(redis.call('GET', KEYS[1]) or '0')
local mine = tonumber(ARGV[2])
if mine > stored and ARGV[1] ~= '' then
  redis.call('SET', KEYS[1], mine, 'PX', ARGV[4])
  redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[4])
  redis.call('PUBLISH', ARGV[3], ARGV[1])
  return false
end
return redis.call('GET', KEYS[2])
`;

/**
 * A relay's counts: KEYS the meeting's hash of relays; ARGV this relay's id,
 * its followers (-1: it is leaving), its presenters, how long a relay that
 * stopped writing still counts (ms), the channel. Each field is
 * "followers presenters written-at", the time Redis's own, so relays'
 * clocks never matter; fields older than the lifetime are dropped (a relay
 * that died takes its followers and presenters with it). When whether any
 * presenter is connected anywhere changes, every relay is told to look.
 * Returns the other relays' followers and presenters.
 */
export const COUNTS = `
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
local lifetime = tonumber(ARGV[4])
local leaving = tonumber(ARGV[2]) < 0
local before, after, followers, presenters = 0, 0, 0, 0
if not leaving then after = tonumber(ARGV[3]) end
local fields = redis.call('HGETALL', KEYS[1])
for i = 1, #fields, 2 do
  local f, p, t = string.match(fields[i + 1], '^(%d+) (%d+) (%d+)$')
  f, p, t = tonumber(f) or 0, tonumber(p) or 0, tonumber(t) or 0
  before = before + p
  if fields[i] ~= ARGV[1] then
    if now - t > lifetime then
      redis.call('HDEL', KEYS[1], fields[i])
    else
      followers = followers + f
      presenters = presenters + p
      after = after + p
    end
  end
end
if leaving then
  redis.call('HDEL', KEYS[1], ARGV[1])
else
  redis.call('HSET', KEYS[1], ARGV[1], ARGV[2] .. ' ' .. ARGV[3] .. ' ' .. now)
  redis.call('PEXPIRE', KEYS[1], lifetime)
end
if (before > 0) ~= (after > 0) then
  redis.call('PUBLISH', ARGV[5], '{"type":"relays"}')
end
return {followers, presenters}
`;
