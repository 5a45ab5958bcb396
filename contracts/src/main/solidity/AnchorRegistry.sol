// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

/// @title AnchorRegistry
/// @notice Records one Merkle root per batch of credential and evidence digests. A batch id is
/// written once; a root is written once, so a root can be looked up to find its batch. The block
/// number is kept with the block time so a receipt can be checked against the record alone.
contract AnchorRegistry is AccessControl {
    bytes32 public constant ANCHORER_ROLE = keccak256("ANCHORER_ROLE");

    struct Batch {
        bytes32 root;
        uint32 leafCount;
        address submitter;
        uint64 anchoredAt;
        uint64 blockNumber;
    }

    mapping(bytes32 batchId => Batch) private batches;
    mapping(bytes32 root => bytes32 batchId) private batchIdsByRoot;
    uint256 public batchCount;

    event Anchored(
        bytes32 indexed batchId, bytes32 indexed root, uint32 leafCount, address submitter, uint64 timestamp
    );

    error ZeroBatchId();
    error ZeroRoot();
    error EmptyBatch();
    error BatchExists(bytes32 batchId);
    error RootAlreadyAnchored(bytes32 root, bytes32 batchId);

    constructor(address admin) {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(ANCHORER_ROLE, admin);
    }

    function anchor(bytes32 batchId, bytes32 root, uint32 leafCount) external onlyRole(ANCHORER_ROLE) {
        if (batchId == bytes32(0)) revert ZeroBatchId();
        if (root == bytes32(0)) revert ZeroRoot();
        if (leafCount == 0) revert EmptyBatch();
        if (batches[batchId].root != bytes32(0)) revert BatchExists(batchId);
        bytes32 existing = batchIdsByRoot[root];
        if (existing != bytes32(0)) revert RootAlreadyAnchored(root, existing);

        uint64 timestamp = uint64(block.timestamp);
        batches[batchId] = Batch(root, leafCount, msg.sender, timestamp, uint64(block.number));
        batchIdsByRoot[root] = batchId;
        batchCount += 1;
        emit Anchored(batchId, root, leafCount, msg.sender, timestamp);
    }

    /// @notice The batch with this id; all fields zero when it was never anchored.
    function getBatch(bytes32 batchId) external view returns (Batch memory) {
        return batches[batchId];
    }

    /// @notice The id of the batch that anchored this root; zero when none did.
    function batchIdOfRoot(bytes32 root) external view returns (bytes32) {
        return batchIdsByRoot[root];
    }
}
