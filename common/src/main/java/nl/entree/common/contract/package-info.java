/**
 * The messages that services send each other. Both sides compile against these records, so a change
 * here is a change of contract: keep it backward compatible or change both sides in one commit.
 */
package nl.entree.common.contract;
