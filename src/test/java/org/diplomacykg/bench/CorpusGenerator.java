package org.diplomacykg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.diplomacykg.util.TsvResource;

/**
 * Writes N synthetic diplomacy articles for benchmarks and robustness tests, deterministically
 * from a seed: general sentence patterns filled from the country gazetteer, made-up people,
 * amounts, dates and quotations, wrapped in site boilerplate; about a fifth are copies or
 * rewrites of an earlier story. Nothing here comes from the seed articles.
 *
 * <p>usage: CorpusGenerator OUT_DIR N [SEED]
 */
public final class CorpusGenerator {
    record Country(String name, String demonym, String capital) {
    }

    record Story(String headline, List<String> paragraphs, LocalDate date, String agency) {
    }

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ren", "ta", "vo", "sa", "del", "ri", "no", "bel", "an",
            "to", "ser", "ga", "lin", "mar", "ko", "ve", "dru", "han", "pe", "zu", "or"};
    private static final String[] TITLES = {"President", "Prime Minister", "Foreign Minister", "Defense Minister", "Trade Minister"};
    private static final String[] TOPICS = {"renewable energy", "maritime security", "digital trade", "public health",
            "disaster relief", "fisheries", "critical minerals", "education exchanges", "counterterrorism", "water management"};
    private static final String[] ITEMS = {"patrol boats", "rescue boats", "coastal radars", "surveillance drones",
            "transport aircraft", "field hospitals", "patrol vessels", "helicopters"};
    private static final String[] AGENCIES = {"AP", "Reuters", "AFP", "Xinhua", "Kyodo", "Yonhap", "Bernama", "Antara"};
    private static final String[] QUOTES = {
            "Our partnership has never been stronger, and today we have taken it to a new level",
            "We agreed to work together on the challenges that no country can solve alone",
            "This agreement will bring real benefits to the people of both our nations",
            "We discussed security in the region openly and found a great deal of common ground",
            "Trade between our countries can double in the next five years if we remove the barriers",
            "We will not accept any change to the status quo by force"};
    private static final String[] NAV = {"Home", "World", "Politics", "Sign In", "Subscribe", "Live TV", "Menu", "Search"};
    private static final String[] HEADLINES = {"Ten tips for a healthier breakfast this winter", "Local team wins the cup after a dramatic final",
            "Star actor announces a new film with a famous director", "Markets close higher as tech shares rally",
            "How to save money on your next holiday abroad", "New phone model goes on sale with a bigger screen"};

    private final Random random;
    private final List<Country> countries;

    public CorpusGenerator(long seed) {
        this.random = new Random(seed);
        this.countries = loadCountries();
    }

    private static List<Country> loadCountries() {
        List<Country> out = new ArrayList<>();
        for (String[] row : TsvResource.rows("/gazetteer/countries.tsv", true)) {
            String name = TsvResource.cell(row, 2);
            String demonym = TsvResource.cell(row, 7);
            String capital = TsvResource.cell(row, 8);
            boolean clean = !TsvResource.cell(row, 1).isEmpty() && !demonym.isEmpty() && !capital.isEmpty()
                    && !name.contains(",") && !demonym.contains(" ") && !demonym.contains(";") && !capital.contains(";")
                    && !capital.contains("(") && !capital.contains(",") && !demonym.equalsIgnoreCase("none");
            if (clean) {
                out.add(new Country(name.replaceFirst("^The ", ""), demonym, capital));
            }
        }
        return out;
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        new CorpusGenerator(seed).write(out, n);
    }

    public void write(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        List<Story> stories = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String text;
            double roll = random.nextDouble();
            if (!stories.isEmpty() && roll < 0.1) {
                text = page(stories.get(random.nextInt(stories.size())), true);
            } else if (!stories.isEmpty() && roll < 0.2) {
                text = rewrite(stories.get(random.nextInt(stories.size())));
            } else {
                Story s = story();
                stories.add(s);
                text = page(s, false);
            }
            Files.writeString(dir.resolve(String.format(Locale.ROOT, "gen_%06d.txt", i)), text, StandardCharsets.UTF_8);
        }
    }

    private <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }

    private Country country() {
        return countries.get(random.nextInt(countries.size()));
    }

    private String personName() {
        return capital(syllables(2 + random.nextInt(2))) + " " + capital(syllables(2 + random.nextInt(2)));
    }

    private String syllables(int k) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < k; i++) {
            b.append(pick(SYLLABLES));
        }
        return b.toString();
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private Story story() {
        Country a = country();
        Country b = country();
        while (b.equals(a)) {
            b = country();
        }
        String titleA = pick(TITLES);
        String titleB = titleA;
        String nameA = personName();
        String nameB = personName();
        String surnameA = nameA.substring(nameA.indexOf(' ') + 1);
        LocalDate date = LocalDate.of(2022 + random.nextInt(4), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String weekday = date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String month = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String topic = pick(TOPICS);
        int millions = 5 + random.nextInt(400);
        String item = pick(ITEMS);
        List<String> p = new ArrayList<>();
        p.add(a.demonym() + " " + titleA + " " + nameA + " met " + b.demonym() + " " + titleB + " " + nameB + " in "
                + b.capital() + " on " + weekday + ", " + month + " " + date.getDayOfMonth() + ", " + date.getYear()
                + ", and the two sides signed an agreement on " + topic + " cooperation.");
        p.add(a.name() + " pledged " + millions + " million dollars in aid to " + b.name() + " to support " + topic
                + " projects, officials said.");
        p.add(surnameA + " also said " + a.name() + " would provide " + b.name() + " with " + (2 + random.nextInt(8)) + " "
                + item + " next year.");
        p.add("\"" + pick(QUOTES) + ",\" " + surnameA + " told reporters after the talks.");
        p.add("The two leaders agreed to meet again next year and to hold regular talks between their foreign ministries.");
        String headline = a.name() + " and " + b.name() + " sign " + topic + " deal as " + surnameA + " visits " + b.capital();
        return new Story(headline, p, date, pick(AGENCIES));
    }

    private String page(Story s, boolean repost) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            b.append(pick(NAV)).append('\n');
        }
        b.append(s.headline()).append('\n');
        LocalDate printed = repost ? s.date().plusDays(200 + random.nextInt(400)) : s.date().plusDays(random.nextInt(2));
        b.append("Published: ").append(printed).append('\n').append('\n');
        List<String> paragraphs = new ArrayList<>(s.paragraphs());
        String first = paragraphs.get(0);
        paragraphs.set(0, s.agency().equals("AP") ? "(AP) " + first : first);
        for (String para : paragraphs) {
            b.append(para).append("\n\n");
        }
        b.append("Copyright ").append(printed.getYear()).append(' ').append(s.agency()).append(". All rights reserved.\n");
        b.append("Related\n");
        for (int i = 0; i < 4; i++) {
            b.append("- ").append(pick(HEADLINES)).append('\n');
        }
        return b.toString();
    }

    private String rewrite(Story s) {
        List<String> p = new ArrayList<>();
        for (String para : s.paragraphs()) {
            p.add(para.replace("officials said", "according to officials").replace("told reporters after the talks",
                    "said at a news conference").replace("also said", "added that"));
        }
        java.util.Collections.swap(p, 1, 2);
        return page(new Story("Leaders agree closer ties: " + s.headline(), p.subList(0, 4), s.date(), pick(AGENCIES)), false);
    }
}
