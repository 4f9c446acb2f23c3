package org.suanli.kernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The inputs of this session, for {@code history_request} (tail, range, search). Not persisted across restarts. */
final class History {

    static final int SESSION = 1;
    private final List<HistoryEntry> entries = new ArrayList<>();

    synchronized void add(int line, String input, String output) {
        entries.add(new HistoryEntry(SESSION, line, input, output));
    }

    synchronized List<HistoryEntry> tail(int n) {
        if (n <= 0) {
            return List.copyOf(entries);
        }
        return List.copyOf(entries.subList(Math.max(0, entries.size() - n), entries.size()));
    }

    synchronized List<HistoryEntry> range(int start, int stop) {
        int last = entries.isEmpty() ? 0 : entries.get(entries.size() - 1).line();
        int from = start < 0 ? last + 1 + start : start;
        int to = stop <= 0 && start >= 0 ? Integer.MAX_VALUE : stop < 0 ? last + 1 + stop : stop;
        List<HistoryEntry> out = new ArrayList<>();
        for (HistoryEntry e : entries) {
            if (e.line() >= from && e.line() < to) {
                out.add(e);
            }
        }
        return out;
    }

    synchronized List<HistoryEntry> search(String pattern, int n, boolean unique) {
        Pattern p = glob(pattern == null || pattern.isEmpty() ? "*" : pattern);
        List<HistoryEntry> hits = new ArrayList<>();
        for (HistoryEntry e : entries) {
            if (p.matcher(e.input()).matches()) {
                hits.add(e);
            }
        }
        if (unique) {
            Map<String, HistoryEntry> latest = new LinkedHashMap<>();
            for (HistoryEntry e : hits) {
                latest.remove(e.input());
                latest.put(e.input(), e);
            }
            hits = new ArrayList<>(latest.values());
        }
        if (n > 0 && hits.size() > n) {
            hits = hits.subList(hits.size() - n, hits.size());
        }
        return List.copyOf(hits);
    }

    /** IPython's history search pattern: a glob over the whole input, {@code *} and {@code ?}. */
    static Pattern glob(String g) {
        StringBuilder sb = new StringBuilder();
        for (char c : g.toCharArray()) {
            switch (c) {
                case '*' -> sb.append(".*");
                case '?' -> sb.append('.');
                default -> sb.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(sb.toString(), Pattern.DOTALL);
    }
}
