package nova.gateway.content;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ContentKind")
@Description("The kinds of content that keep an edit history")
public enum ContentKind {
    POST, ARTICLE, COMMENT
}
