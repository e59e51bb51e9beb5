package it.callcenter.benchmarks;

import java.util.List;

/**
 * The word lists of the generated registry: common Italian surnames and first names (roughly in decreasing
 * frequency, with their real accents and apostrophes), company names, streets, e-mail domains, interests and
 * phone prefixes. Not a measurement: realistic words give the name searches realistic prefixes, match
 * counts and index key distributions (e.g. "d angelo" after normalisation, "nicolo" for Nicolò).
 */
final class ItalianNames {

    /** Zipf exponent of surnames and first names: Rossi about 3.7% of persons, the 200th about 0.26%. */
    static final double NAME_EXPONENT = 0.5;

    static final List<String> SURNAMES = List.of(
            "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
            "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti",
            "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi", "Caruso", "Ferrara", "Galli", "Martini", "Leone",
            "Longo", "Gentile", "Martinelli", "Vitale", "Lombardo", "Serra", "Coppola", "De Santis", "D'Angelo", "Marchetti",
            "Parisi", "Villa", "Conte", "Ferraro", "Ferri", "Fabbri", "Bianco", "Marini", "Grasso", "Valentini",
            "Messina", "Sala", "De Angelis", "Gatti", "Pellegrini", "Palumbo", "Sanna", "Farina", "Rizzi", "Monti",
            "Cattaneo", "Morelli", "Amato", "Silvestri", "Mazza", "Testa", "Grassi", "Pellegrino", "Carbone", "Giuliani",
            "Benedetti", "Barone", "Rossetti", "Caputo", "Montanari", "Guerra", "Palmieri", "Bernardi", "Martino", "Fiore",
            "De Rosa", "Ferretti", "Bellini", "Basile", "Riva", "Donati", "Piras", "Vitali", "Battaglia", "Sartori",
            "Neri", "Costantini", "Milani", "Pagano", "Ruggiero", "Sorrentino", "D'Amico", "Orlando", "Damiani", "Negri",
            "Di Stefano", "Di Martino", "D'Alessandro", "Lo Russo", "La Rosa", "Di Pietro", "De Simone", "Lo Presti", "Dell'Acqua", "Dal Bello",
            "Fumagalli", "Brambilla", "Zanetti", "Zanella", "Bassi", "Melis", "Pinna", "Mura", "Carta", "Cocco",
            "Cirillo", "Ruggeri", "Fiorentino", "Rossini", "Rosati", "Rosso", "Bertolini", "Bertoni", "Bonetti", "Bonelli",
            "Bianchini", "Biondi", "Cavallo", "Cavalli", "Capasso", "Cozzolino", "Iovine", "Ruocco", "Santarelli", "Pierini",
            "Fabris", "Pedrotti", "Colonna", "Mazzoni", "Marchi", "Guidi", "Sartor", "Tedesco", "Ricciardi", "Poli",
            "Bruni", "Carli", "Mancuso", "Fusco", "Lupo", "Marras", "Porcu", "Loi", "Deiana", "Atzori",
            "Gallina", "Marchese", "Albanese", "Giannini", "Benedetto", "Catalano", "Di Lorenzo", "De Marco", "Cantù", "Bernabò",
            "Lucà", "Pirrò", "Romanò", "Calabrese", "Napolitano", "Siciliano", "Pugliese", "Veneziano", "Lombardini", "Genovese",
            "Morabito", "Musumeci", "Scuderi", "Scalise", "Ferrante", "Guarino", "Bellucci", "Cocchi", "Sartini", "Tosi",
            "Agostini", "Baldi", "Bellandi", "Cattani", "Dini", "Franchi", "Gori", "Lotti", "Nardi", "Orsini");

    static final List<String> MALE_NAMES = List.of(
            "Giuseppe", "Giovanni", "Antonio", "Mario", "Luigi", "Francesco", "Angelo", "Vincenzo", "Pietro", "Salvatore",
            "Carlo", "Franco", "Domenico", "Bruno", "Paolo", "Michele", "Giorgio", "Aldo", "Sergio", "Luciano",
            "Stefano", "Andrea", "Marco", "Alessandro", "Roberto", "Massimo", "Luca", "Matteo", "Lorenzo", "Leonardo",
            "Alessio", "Gabriele", "Riccardo", "Tommaso", "Edoardo", "Mattia", "Davide", "Giacomo", "Federico", "Simone",
            "Nicolò", "Niccolò", "Filippo", "Emanuele", "Daniele", "Fabio", "Claudio", "Maurizio", "Enrico", "Alberto",
            "Gianni", "Gianluca", "Gian Marco", "Pierluigi", "Raffaele", "Gennaro", "Ciro", "Carmine", "Rocco", "Cosimo",
            "Nicola", "Dario", "Ivan", "Cristian", "Manuel", "Samuele", "Christian", "Diego", "Elia", "Jacopo",
            "Giulio", "Cesare", "Ettore", "Umberto", "Renato", "Enzo", "Piero", "Walter", "Valerio", "Vittorio",
            "Emilio", "Ernesto", "Gino", "Lucio", "Silvio", "Tiziano", "Ugo", "Rosario", "Sebastiano", "Gioele",
            "Thomas", "Michelangelo", "Giosuè", "Mosè", "Fabrizio", "Giancarlo", "Gianfranco", "Adriano", "Arturo", "Alfredo",
            "Corrado", "Massimiliano", "Marcello", "Guido", "Ottavio", "Nazareno");

    static final List<String> FEMALE_NAMES = List.of(
            "Maria", "Anna", "Giuseppina", "Rosa", "Angela", "Giovanna", "Teresa", "Lucia", "Carmela", "Caterina",
            "Francesca", "Antonietta", "Carla", "Elena", "Concetta", "Rita", "Margherita", "Franca", "Paola", "Laura",
            "Giulia", "Sofia", "Aurora", "Alice", "Ginevra", "Emma", "Giorgia", "Greta", "Beatrice", "Chiara",
            "Sara", "Martina", "Valentina", "Federica", "Silvia", "Simona", "Alessandra", "Roberta", "Monica", "Barbara",
            "Daniela", "Cristina", "Stefania", "Elisa", "Ilaria", "Serena", "Claudia", "Veronica", "Eleonora", "Arianna",
            "Camilla", "Vittoria", "Matilde", "Noemi", "Rebecca", "Nicole", "Viola", "Gaia", "Marta", "Benedetta",
            "Irene", "Ludovica", "Bianca", "Adele", "Nicoletta", "Patrizia", "Antonella", "Luisa", "Marina", "Gabriella",
            "Donatella", "Loredana", "Rosaria", "Annamaria", "Maria Grazia", "Anna Maria", "Mariangela", "Raffaella", "Lorena", "Sabrina",
            "Manuela", "Debora", "Erika", "Jessica", "Michela", "Giada", "Asia", "Elisabetta", "Ornella", "Graziella",
            "Immacolata", "Assunta", "Carmen", "Lucrezia", "Agnese", "Letizia", "Annunziata", "Filomena", "Pasqualina", "Gemma",
            "Iolanda", "Lidia", "Mirella", "Nadia", "Ada", "Elvira", "Wanda", "Zoe");

    /** What a company does, first word(s) of many company names. */
    static final List<String> SECTORS = List.of(
            "Autotrasporti", "Edilizia", "Officine", "Impianti Elettrici", "Costruzioni", "Trasporti", "Ferramenta",
            "Tipografia", "Panificio", "Farmacia", "Studio Tecnico", "Immobiliare", "Agenzia Viaggi", "Assicurazioni",
            "Ristorante", "Pizzeria", "Bar", "Hotel", "Caseificio", "Cantina", "Frantoio", "Serramenti",
            "Termoidraulica", "Autofficina", "Carrozzeria", "Elettrodomestici", "Informatica", "Consulenze",
            "Logistica", "Marmi", "Pasticceria", "Ottica", "Calzature", "Arredamenti", "Onoranze Funebri");

    /** Legal forms with their weights (S.r.l. dominates). */
    static final List<String> LEGAL_FORMS = List.of("S.r.l.", "S.r.l.s.", "S.n.c.", "S.a.s.", "S.p.A.", "Soc. Coop.");
    static final double[] LEGAL_FORM_WEIGHTS = {55, 12, 12, 12, 4, 5};

    static final List<String> STREETS = List.of(
            "Via Roma", "Via Garibaldi", "Via Giuseppe Mazzini", "Via Cavour", "Via Dante Alighieri",
            "Corso Vittorio Emanuele II", "Via Giacomo Matteotti", "Piazza della Repubblica", "Via XX Settembre",
            "Via IV Novembre", "Via Guglielmo Marconi", "Via Giuseppe Verdi", "Via San Francesco d'Assisi",
            "Via Aldo Moro", "Via della Libertà", "Via Nazionale", "Via Kennedy", "Via Alessandro Manzoni",
            "Via Cesare Battisti", "Via Trieste", "Via Trento", "Via Milano", "Viale Europa", "Via Papa Giovanni XXIII",
            "Via Vittorio Veneto", "Via Nino Bixio", "Via Giosuè Carducci", "Via Giovanni Pascoli", "Via Antonio Gramsci",
            "Via delle Rose", "Largo Garibaldi", "Via del Mare", "Contrada Santa Lucia", "Via Sant'Antonio",
            "Piazza del Popolo", "Via dei Mille", "Via Fratelli Rosselli", "Viale della Vittoria", "Via Leopardi");

    static final List<String> EMAIL_DOMAINS = List.of(
            "gmail.com", "libero.it", "hotmail.it", "yahoo.it", "alice.it", "virgilio.it", "outlook.it", "tiscali.it",
            "icloud.com", "fastwebnet.it");
    static final double[] EMAIL_DOMAIN_WEIGHTS = {40, 18, 10, 8, 6, 6, 5, 3, 2, 2};

    /** The catalogue of interests (table interest), about thirty as in a real call center's list. */
    static final List<String> INTERESTS = List.of(
            "Calcio", "Cucina", "Viaggi", "Musica", "Cinema", "Lettura", "Tecnologia", "Moda", "Fitness",
            "Giardinaggio", "Fotografia", "Arte", "Automobili", "Motociclismo", "Vino", "Animali domestici", "Pesca",
            "Escursionismo", "Sci", "Ciclismo", "Teatro", "Videogiochi", "Benessere", "Arredamento",
            "Finanza personale", "Energia solare", "Telefonia", "Investimenti", "Bricolage", "Nautica", "Volontariato");

    /** Italian mobile prefixes in use (TIM, Vodafone, WindTre, Iliad, MVNOs). */
    static final List<String> MOBILE_PREFIXES = List.of(
            "320", "324", "327", "328", "329", "330", "331", "333", "334", "335", "336", "337", "338", "339",
            "340", "342", "345", "346", "347", "348", "349", "350", "351", "366", "368", "370", "371", "373",
            "377", "379", "380", "388", "389", "391", "392", "393");

    /** Landline area codes (with the leading 0 kept after +39). */
    static final List<String> AREA_CODES = List.of(
            "02", "06", "011", "010", "081", "051", "055", "091", "041", "080", "070", "095", "045", "049", "030",
            "035", "0521", "0541", "0461", "0471", "089", "099", "0961", "0965", "0831", "0832", "0721", "071",
            "075", "0862", "085", "0874", "0971", "079", "0432", "040");

    /** Operators who own the parties that only their owners see. */
    static final List<String> OPERATORS = List.of("operator1", "operator2", "operator3", "operator4", "operator5");

    private ItalianNames() {
    }
}
