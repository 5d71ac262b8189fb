package nova.contracts.social;

import nova.contracts.event.DomainEvent;

/**
 * Every event about a relationship between two members. Subject and record key: the acting member (follower,
 * blocker, muter), so one member's relationship changes stay in order; each names both members so consumers
 * (content's followers projection, communication's notifications, search's counts) need not call back.
 */
public sealed interface RelationshipEvent extends DomainEvent
        permits FollowCreated, FollowRequested, FollowRemoved, BlockCreated, BlockRemoved, MuteCreated, MuteRemoved {

    /** The member who acted: follower, blocker or muter. */
    java.util.UUID actorId();

    @Override
    default String aggregateType() {
        return "relationship";
    }

    @Override
    default String aggregateId() {
        return actorId().toString();
    }
}
