package nova.gateway.search;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** What narrows a search of posts and articles; every field may be left out. */
@Input("SearchFilter")
@Description("Narrows a search of posts and articles: by author, creation time (from inclusive, to exclusive, ISO-8601 "
        + "instants), whether media is attached, language (a BCP-47 tag such as en or pt-BR)")
public class SearchFilter {

    @Id
    private String author;
    private String from;
    private String to;
    private Boolean hasMedia;
    private String language;

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public Boolean getHasMedia() {
        return hasMedia;
    }

    public void setHasMedia(Boolean hasMedia) {
        this.hasMedia = hasMedia;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
